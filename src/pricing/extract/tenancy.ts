// Licensing, isolation, compliance and host management: what decides a dedicated option. Each is
// read with its polarity, so "라이선스는 상관없고", "no special compliance" or "전용 하드웨어는
// 필요 없고" say the factor is absent (licensing 'none', compliance false, isolation 'none').
import { type Part, part, marker } from './part.ts';
import { polarity } from './polarity.ts';
import { TENANCY } from '../lexicon.ts';

export function extractTenancy(t: string): Part {
  const f = part();
  const u = marker(f);

  const licence = polarity(t, TENANCY.licenceWord);
  const byol = polarity(t, TENANCY.byol);
  if (licence === 'absent' || TENANCY.licenceIncluded.test(t)) {
    f.licensing = 'none';
  } else if (licence === 'present' || byol === 'present') {
    if (byol === 'present') f.licensing = 'byol';
    if (TENANCY.perSocket.test(t)) f.licensing = 'per-socket';
    else if (TENANCY.perCore.test(t)) f.licensing = 'per-core';
    else if (TENANCY.perVm.test(t)) f.licensing = 'per-vm';
    else if (!f.licensing && TENANCY.licenceRestricted.test(t)) f.licensing = 'byol';
    if (f.licensing) u('licensing');
  }

  const compliance = polarity(t, TENANCY.compliance);
  if (compliance === 'present') {
    f.compliance = true;
    u('compliance');
  } else if (compliance === 'absent') f.compliance = false;

  const isolation = TENANCY.sharedIsFine.test(t) ? 'absent' : polarity(t, new RegExp(`${TENANCY.isolationKo.source}|${TENANCY.isolationEn.source}`));
  if (isolation === 'present') {
    f.isolation = 'single-tenant';
    u('isolation');
  } else if (isolation === 'absent') f.isolation = 'none';

  const noHostMgmt = TENANCY.noHostManagement.test(t);
  if (!noHostMgmt && polarity(t, TENANCY.hostControl) === 'present') {
    f.isolation = 'host-control';
    u('host-control');
  }
  if (noHostMgmt) {
    f.noHostManagement = true;
    u('no-host-management');
  }
  return f;
}
