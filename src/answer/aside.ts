// What a message sets aside rather than asks about: "도커 허브 말고 아마존 거" asks about Amazon's
// registry, not Docker Hub; "도시락 통 하나에 싸가는 것처럼, … 컨테이너인 거죠?" asks about containers,
// the lunch box is only an analogy; "요리 레시피 같은 건가요?" after a first question only checks an
// analogy of it. Removing those parts leaves the subject the scope and search should decide on.

/** "X 말고", "X 빼고", "X 제외하고": X (one or two words) is what is not asked about. */
const SET_ASIDE = /(?:[^\s,.?!]+\s+)?[^\s,.?!]+?\s*(?:말고|빼고|제외하고)(?:도)?(?=[\s,]|$)/g;
/** "…하는 것처럼," "…같이,": a clause that only draws a comparison. */
const ANALOGY_CLAUSE = /[^,.?!]*(?:처럼|같이)\s*,/g;
/** "…랑 같은 건가요?", "…랑 비슷한 거죠?": a sentence that only checks an analogy. */
const ANALOGY_CHECK = /(같은|비슷한)\s*(거|것|건)(가요|죠|지요|예요|인가요|야|지)?\s*[?？]?$/;

const MARKS = /말고|빼고|제외하고|처럼|같이|같은|비슷한/;

/** The message without what it sets aside or compares to; the message itself when nothing is. */
export function withoutAsides(q: string): string {
  if (!MARKS.test(q)) return q; // most messages set nothing aside: no regex scan for them
  const sentences = q.split(/(?<=[?？])\s+/);
  // An analogy check is dropped only beside another question: alone, it is the question.
  const kept = sentences.length > 1 ? sentences.filter((s) => !ANALOGY_CHECK.test(s.trim())) : sentences;
  const out = (kept.length ? kept : sentences).join(' ').replace(ANALOGY_CLAUSE, ' ').replace(SET_ASIDE, ' ').replace(/\s+/g, ' ').trim();
  return out || q;
}
