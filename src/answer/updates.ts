// "AWS has changed since": notes kept in a section's front matter (`updates:`), shown under an
// answer whose text touches what changed. The module's own teaching stays as it is; the note is
// set apart and dated, so a student sees both what the course says and what is true today.
import type { Section } from '../content/section.ts';
import { t } from '../lang.ts';
import type { Lang } from '../reply.ts';

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** The notes of `section` that apply to an answer text, ready to print. */
export function changeNotes(section: Section, answerText: string, lang: Lang): string[] {
  const text = squash(answerText);
  return (section.updates ?? [])
    .filter((u) => u.about.some((a) => text.includes(squash(a))))
    .map((u) => `${u.clarifies ? t(lang, '※ 용어 설명', '※ A note on the wording') : t(lang, '※ AWS 변경 사항(모듈 작성 이후)', '※ AWS has changed since the module was written')}: ${t(lang, u.ko, u.en)}`);
}
