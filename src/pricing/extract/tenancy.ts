// Licensing, isolation, compliance and host management: what decides a dedicated option.
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';

export function extractTenancy(t: string): Part {
  const f = part();
  const u = marker(f);
  // Licensing.
  const noLicence = any(t, /라이[선센]스\s*(?:는|은)?\s*(?:포함|신경\s*(?:안|쓸)|문제\s*없|필요\s*없|없음|없어)|license[- ]included|no (?:special )?licen[cs]|licen[cs]ing (?:is|isn't) (?:not )?(?:an? )?(?:issue|concern)|don't need (?:to bring )?(?:our|my) own licen/);
  const licenceWord = /라이[선센]스|licen[cs]e|licensed|licensing/.test(t);
  if (!noLicence) {
    if (/\bbyol\b|bring your own licen|기존\s*라이[선센]스|보유\s*(?:한|중인)?\s*라이[선센]스|라이[선센]스를?\s*(?:이미\s*)?(?:보유|가지고|갖고|그대로|재사용|활용)|(?:our|my|existing|own) (?:\w+ )*licen[cs]es?/.test(t)) {
      f.licensing = 'byol';
    }
    if (licenceWord || f.licensing) {
      if (/소켓|socket/.test(t)) f.licensing = 'per-socket';
      else if (/코어|\bcores?\b|per[- ]core/.test(t)) f.licensing = 'per-core';
      else if (/vm\s*당|가상\s*머신\s*당|per[- ]vm|per virtual machine|vm 단위/.test(t)) f.licensing = 'per-vm';
    }
    if (f.licensing) u('licensing');
  } else {
    f.licensing = 'none';
  }

  // Isolation and compliance.
  const noIsolation = any(t, /(?:격리|전용\s*하드웨어|단일\s*테넌트|규제|규정|컴플라이언스)\s*(?:는|은)?\s*(?:필요\s*없|상관\s*없|요구\s*(?:사항)?\s*(?:없|x)|해당\s*없)|no (?:isolation|compliance|regulatory) (?:needs|requirements?|constraints?)|shared hardware is (?:fine|ok)|multi-?tenant is fine/);
  if (any(t, /규제|규정\s*준수|규정상|규정\s*때문|컴플라이언스|감사\s*요건|보안\s*인증|금융\s*(?:당국|규정|보안)|개인\s*정보\s*(?:보호\s*)?(?:법|규정)|compliance|regulat|hipaa|pci|gdpr|sox\b|fedramp|audit requirement|auditors?\b|감사\s*(?:요구|지적|때문|팀|기관)|certification requires/) && !noIsolation) {
    f.compliance = true;
    u('compliance');
  }
  if (!noIsolation && any(t,
    /단일\s*테넌트|싱글\s*테넌트|전용\s*(?:하드웨어|장비|물리\s*서버)|격리(?:된|한)?\s*(?:물리\s*)?(?:하드웨어|서버|장비|호스트)|물리(?:적)?(?:으로)?\s*(?:격리|분리)|하드웨어\s*(?:수준|레벨)?\s*(?:격리|분리)|(?:물리\s*)?(?:서버|하드웨어|호스트)(?:를|을)?\s*(?:다른\s*(?:고객|계정|회사)(?:과|와|이랑)?\s*)?(?:공유|같이\s*쓰)\S*\s*(?:하면|되면|면)?\s*(?:안|불가|금지|못|x)|(?:다른\s*(?:고객|계정|회사|테넌트))(?:과|와|이랑|하고)?\s*(?:물리\s*)?(?:서버|하드웨어|호스트|장비)\S*\s*(?:공유|같이)/,
    /single[- ]tenant|dedicated hardware|physically (?:isolated|separated)|hardware[- ]level isolation|isolated hardware|(?:not|never|can't|cannot|must not) (?:be )?shar(?:e|ed|ing) (?:the )?(?:physical )?(?:hardware|hosts?|servers?|machines?)|(?:own|separate) (?:physical )?(?:hardware|hosts?|machines?)|no (?:other|shared) (?:customers|tenants)|isolat\w* from other (?:customers|accounts|tenants)|(?:at|on) the (?:physical )?hardware level|dedicated physical (?:servers?|hardware|machines?|hosts?)|physical isolation/)) {
    f.isolation = 'single-tenant';
    u('isolation');
  }
  const noHostMgmt = any(t, /(?:서버|호스트|하드웨어|물리\s*서버)\s*(?:관리|운영|제어)\S*\s*(?:까지는|까진|는|은)?\s*(?:필요\s*(?:없|x)|안\s*해도|원하지\s*않|원치\s*않|싫|하기\s*싫|하고\s*싶지\s*않|안\s*하고\s*싶|귀찮|부담)|(?:no need|don't need|do not need|without needing|not need|don't want|do not want) to (?:manage|control|deal with) (?:the )?(?:hosts?|hardware|servers?)|no host management/);
  if (!noHostMgmt && any(t, /호스트\s*(?:수준|레벨|단위)?\s*(?:의\s*)?(?:제어|관리|가시성|배치|지정|고정|선택)|(?:물리\s*)?(?:소켓|코어)\s*(?:수|개수)\s*(?:를)?\s*(?:확인|파악|보고|가시)|특정\s*(?:물리\s*)?(?:호스트|서버)에\s*(?:고정|배치)|host[- ](?:level )?(?:control|visibility|affinity|placement)|control (?:over )?(?:the )?(?:physical )?(?:host|hardware|placement)|visibility (?:into|of) (?:sockets|cores|the host)|same physical (?:host|server)|pin (?:to|instances to) (?:a )?(?:specific )?host/)) {
    f.isolation = 'host-control';
    u('host-control');
  }
  if (noHostMgmt) {
    f.noHostManagement = true;
    u('no-host-management');
  }
  return f;
}
