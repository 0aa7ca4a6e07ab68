// The chat Reply for an advice: plain text in the user's language (module terms stay Korean),
// the cost table as fields, the citation, and buttons (guided questions, sections).
import type { Action, Citation, Lang, Reply, SectionRef } from '../reply.ts';
import { citationLabel, type Section } from '../content/section.ts';
import type { Advice } from './types.ts';
import { modelName } from './names.ts';
import { planText } from './recommend.ts';
import { adviceCostReport } from './cost.ts';
import { costFields } from './table.ts';
import { extractFactors } from './extract/index.ts';
import { factorsToState, nextStep, stepActions, START_ID } from './guided.ts';

const SECTION_FALLBACK: Record<string, string> = {
  '3': 'Amazon EC2 비용 최적화',
  '3.1': 'Amazon EC2 요금 모델',
  '3.2': 'Amazon EC2 요금 모델: 이점',
  '3.3': 'Amazon EC2 요금 모델: 사용 사례',
  '3.4': '비용 최적화의 4가지 원칙',
  '3.4.1': '원칙 1: 적절한 크기',
  '3.4.2': '원칙 2: 탄력성 증대',
  '3.4.3': '원칙 3: 최적의 요금 모델',
  '3.4.4': '원칙 4: 스토리지 선택 최적화',
};

function sectionOf(id: string, sections: Section[]): { id: string; title: string; supplementary: boolean } {
  const s = sections.find((x) => x.id === id);
  return { id, title: s?.title ?? SECTION_FALLBACK[id] ?? id, supplementary: s?.supplementary ?? false };
}

export function buildAdviceReply(advice: Advice, sections: Section[]): Reply {
  const lang: Lang = advice.lang;
  const ko = lang === 'ko';
  const L = (k: string, e: string) => (ko ? k : e);
  const f = advice.factors ?? extractFactors('');
  const lines: string[] = [];

  // The recommendation and its reasons first; what was understood, the alternatives and the
  // questions next; the AWS-has-changed note; then the cost table under its own heading.
  if (advice.model) {
    lines.push(`${L('추천', 'Recommendation')}: ${modelName(advice.model, lang)}`);
    if (advice.plan.length > 1) lines.push(`${L('구성', 'Mix')}: ${planText(advice.plan, lang)}`);
  } else {
    lines.push(L('설명만으로는 아직 하나로 정하기 어렵습니다.', 'The description is not enough to decide yet.'));
    if (advice.provisional) {
      lines.push(L(
        `잠정 답: ${modelName(advice.provisional, lang)} — 사전 약정 없이 가장 유연해, 사용 패턴을 보고 나중에 예약·스팟으로 바꿀 수 있음 (§3.1).`,
        `Provisional answer: ${modelName(advice.provisional, lang)} — no commitment and the most flexible, so you can move to Reserved or Spot once the pattern is known (§3.1).`,
      ));
    }
  }
  if (advice.reasons.length) {
    lines.push(L('이유:', 'Why:'));
    for (const r of advice.reasons) lines.push(`- ${r}`);
  }
  if (f.badNumbers?.length) {
    lines.push('', L(`쓸 수 없는 숫자: ${f.badNumbers.join(', ')} — 가격이나 할인율로 읽지 않았음. 올바른 값으로 다시 알려 주세요.`, `Numbers not used: ${f.badNumbers.join(', ')} — not read as a price or a discount. Please give a valid value.`));
  }
  lines.push('');
  if (advice.understood?.length) lines.push(`${L('이해한 내용', 'Understood')}: ${advice.understood.join(', ')}`);
  else lines.push(L('이해한 내용: (요금 모델을 가를 만한 조건을 찾지 못함)', 'Understood: (nothing that decides a pricing model)'));
  if (advice.alternatives?.length) {
    lines.push('', L('다른 선택지가 불리한 이유:', 'Why not the alternatives:'));
    for (const a of advice.alternatives) lines.push(`- ${modelName(a.model, lang)}: ${a.why} (§${a.sectionId})`);
  }
  if (advice.questions.length) {
    lines.push('', advice.model ? L('확인하고 싶은 점:', 'To be sure:') : L('결정을 위한 질문:', 'Questions that decide it:'));
    advice.questions.forEach((q, i) => lines.push(`${i + 1}. ${q}`));
  }
  const report = adviceCostReport(advice);
  if (advice.changedSince?.length) {
    lines.push('', L('[참고: 모듈 작성 이후 AWS 변경 사항 — 모듈 내용과 별개]', '[Note: what AWS has changed since the module — separate from the module\'s teaching]'));
    for (const c of advice.changedSince) lines.push(`- ${c}`);
  }
  lines.push('', report.rows.length
    ? L('비용 표 (인스턴스 1대 기준, 지금 살 수 있는 옵션):', 'Cost table (per instance, options that can be bought today):')
    : L('비용 표: 계산할 수 있는 시간이나 가격이 없어 요금만 보여 줌.', 'Cost table: no hours or price to compute from, so only the assumptions are shown.'));

  const cited = advice.citations.length ? advice.citations : ['3.3'];
  const primary = sectionOf(cited[0], sections);
  const citation: Citation = {
    sectionId: primary.id,
    title: primary.title,
    supplementary: primary.supplementary,
    label: citationLabel(primary),
  };
  const related: SectionRef[] = cited.slice(1).map((id) => {
    const s = sectionOf(id, sections);
    return { sectionId: s.id, title: s.title };
  });

  const actions: Action[] = [];
  if (!advice.model) {
    const state = factorsToState(f);
    const step = nextStep(state);
    if (step) actions.push(...stepActions(step, state, lang));
  }
  for (const id of cited.slice(0, 3)) actions.push({ id: `section:${id}`, label: `§${id}`, group: 'related' });
  actions.push({ id: `${START_ID}:${lang}`, label: L('질문으로 고르기', 'Step-by-step'), group: 'nav' });

  return {
    kind: 'advice',
    lang,
    title: advice.model ? L(`EC2 요금 모델 추천: ${modelName(advice.model, lang)}`, `EC2 pricing advice: ${modelName(advice.model, lang)}`) : L('EC2 요금 모델 추천: 정보가 더 필요함', 'EC2 pricing advice: need a little more'),
    text: lines.join('\n'),
    citation,
    related,
    fields: costFields(report, lang),
    actions,
    visibility: 'public',
  };
}
