// AnswerResult → Reply: the citation, related-section buttons, "whole section", feedback and
// share buttons. Every adapter renders these the same way from the same Reply.
import type { Knowledge } from '../content/load.ts';
import { splitPassages } from '../content/passages.ts';
import { citationLabel, type Section } from '../content/section.ts';
import { t } from '../lang.ts';
import type { Action, Citation, Lang, Reply } from '../reply.ts';
import type { AnswerResult } from './result.ts';
import { supplementNote } from './answerer.ts';

export function citationOf(s: Section): Citation {
  return { sectionId: s.id, title: s.title, supplementary: s.supplementary, label: citationLabel(s) };
}


export function answerReply(result: AnswerResult, knowledge: Knowledge, answerId?: string): Reply {
  const { lang } = result;
  if (result.kind !== 'answer' || !result.sectionId) {
    return {
      kind: result.kind === 'help' ? 'help' : 'not-covered',
      lang,
      text: result.answer,
      visibility: 'public',
      actions: result.kind === 'not-covered' && answerId ? feedbackActions(lang, answerId) : undefined,
    };
  }
  const section = knowledge.byId.get(result.sectionId)!;
  const related = result.related.map((id) => knowledge.byId.get(id)!).filter(Boolean);
  const actions: Action[] = [
    { id: `section:${section.id}`, label: t(lang, `§${section.id} 전체 보기`, `Whole §${section.id}`), group: 'nav' },
    ...related.map((r): Action => ({ id: `related:${r.id}`, label: citationLabel(r), group: 'related' })),
  ];
  if (answerId) {
    actions.push(...feedbackActions(lang, answerId));
    actions.push({ id: `share:${answerId}`, label: t(lang, '채널에 공유', 'Share in channel'), group: 'share' });
  }
  return {
    kind: 'answer',
    lang,
    title: citationLabel(section),
    text: result.answer,
    citation: citationOf(section),
    related: related.map((r) => ({ sectionId: r.id, title: r.title })),
    actions,
    visibility: 'public',
  };
}

function feedbackActions(lang: Lang, answerId: string): Action[] {
  return [
    { id: `feedback:up:${answerId}`, label: t(lang, '👍 도움 됨', '👍 Helpful'), group: 'feedback' },
    { id: `feedback:down:${answerId}`, label: t(lang, '👎 아쉬움', '👎 Not helpful'), group: 'feedback' },
  ];
}

/** The whole section as plain text (bullets kept as "• "), with its citation. */
export function sectionReply(knowledge: Knowledge, sectionId: string, lang: Lang): Reply {
  const section = knowledge.byId.get(sectionId);
  if (!section) {
    return { kind: 'error', lang, text: t(lang, `§${sectionId} 섹션을 찾을 수 없습니다.`, `There is no section §${sectionId}.`), visibility: 'private' };
  }
  const lines: string[] = [];
  let heading: string | undefined;
  for (const p of splitPassages(section)) {
    if (p.heading && p.heading !== heading) {
      heading = p.heading;
      lines.push(`\n[${heading}]`);
    }
    lines.push(`${'  '.repeat(p.depth)}• ${p.text}`);
  }
  if (section.supplementary) lines.push('', supplementNote(lang));
  const children = knowledge.sections.filter((s) => s.parent === section.id);
  return {
    kind: 'section',
    lang,
    title: citationLabel(section),
    text: lines.join('\n').trim(),
    citation: citationOf(section),
    related: children.map((c) => ({ sectionId: c.id, title: c.title })),
    actions: children.map((c) => ({ id: `related:${c.id}`, label: citationLabel(c), group: 'related' as const })),
    visibility: 'private',
  };
}

/** The same answer, made public (the "Share in channel" button). */
export function shareReply(reply: Reply): Reply {
  return { ...reply, visibility: 'public', actions: reply.actions?.filter((a) => a.group === 'nav' || a.group === 'related') };
}

export function feedbackThanks(lang: Lang, vote: 'up' | 'down'): Reply {
  return {
    kind: 'notice',
    lang,
    text: vote === 'up'
      ? t(lang, '피드백 고마워요! 👍', 'Thanks for the feedback! 👍')
      : t(lang, '알려줘서 고마워요. 강사가 이 답변을 검토할 수 있도록 기록했습니다.', 'Thanks — recorded so an instructor can review this answer.'),
    visibility: 'private',
  };
}

export function unknownAction(lang: Lang): Reply {
  return {
    kind: 'error',
    lang,
    text: t(lang, '이 버튼은 더 이상 유효하지 않습니다. 명령을 다시 실행해 주세요.', 'This button is no longer valid. Please run the command again.'),
    visibility: 'private',
  };
}
