// Retrieval accuracy on the project's own question sets (written apart from the code, see the
// files), as the course's scorer counts it: top-1 section among the accepted ones, abstaining on
// questions outside the module, and (blind3) the fact rate: answers that carry the asked fact.
// Floors sit a little under today's figures, to catch regressions.
// blind3 (written by someone who never saw the code), first measured on the unchanged code:
// top-1 0.895, abstain 0.630, fact 0.722 (52/72); after issue 10: 1.000, 1.000, 0.986.
// blind4 (90, written the same way after every change above, as a last check): first scored
// top-1 0.926 (63/68), abstain 0.864 (19/22); then two general fixes (sections named by number,
// typo correction of Korean words with one unknown syllable pair) gave 0.971, 0.864, and declining
// the set-up of a tool the module never names 0.971, 0.909.
// blind5 (105, written the same way in the next round, before any change of that round): first
// top-1 0.887 (71/80), abstain 0.800 (20/25), fact 0.921 (35/38). A sixth set, blind6, was written
// at the same time and kept unread and unscored until the round's last change (see the README).
// blind7 (114, fast chat typing, written mid-round by another helper who never saw the code),
// first scored after the round's first fixes: top-1 0.872 (75/86), abstain 0.929 (26/28), fact
// 0.805 (33/41).
// blind8 (111, situations described instead of terms, polite Korean, Korean speakers' English),
// written after blind7's fixes: first top-1 0.795, abstain 0.786, fact 0.775.
// blind9 (106, a class channel after a lecture), written after blind8's fixes: first top-1 0.975,
// abstain 0.885, fact 0.892.
// blind6 (102), written with blind5 before the round began and kept unread and unscored until the
// last change above: first top-1 0.923 (72/78), abstain 0.792 (19/24), fact 0.743 (26/35); one
// general fix after (a neighbour service asked about on its own is declined) gave abstain 0.917.
// blind10 (112), written after every change above and scored once before any further change:
// top-1 0.928 (77/83), abstain 0.828 (24/29), fact 0.978 (44/45). The untaught features it found
// (placement groups, Fargate Spot, region prices, reverse proxies) were then added to outside.yaml.
// blind11 (113, a study group the night before the exam), written after that and scored once
// before any change for it: top-1 0.953 (82/86), abstain 0.926 (25/27), fact 0.935 (43/46).
// blind12 (110, casual channel chat, 30 to decline), written at the start of the next round and
// scored once before any change for it: top-1 0.950 (76/80), abstain 0.767 (23/30), fact 0.936 (44/47).
// blind14 (111, a study group's Discord the night before the exam, 33 to decline), written after
// blind12's fixes and the outside catalogue, scored once before any change for it: top-1 0.962
// (75/78), abstain 0.970 (32/33), fact 0.979 (46/47).
// blind15 (113, a course Slack over a week: careful 존댓말, one-line 반말, exchange students'
// English, quoted slide phrases, why-questions; 33 to decline), written after blind14's fixes and
// scored once before any change for it: top-1 0.900 (72/80), abstain 0.879 (29/33), fact 0.867 (39/45).
// blind16 (110, a bootcamp cohort's project channel, 32 to decline), written after blind15's
// fixes and scored once before any change for it: top-1 0.974 (76/78), abstain 0.969 (31/32),
// fact 0.938 (45/48).
// blind13 (117, non-native English, 초성 chat, pasted project scenarios; 29 to decline), written
// with blind12 at the start of the round and kept unread and unscored until blind16's fixes were in:
// top-1 0.955 (84/88), abstain 0.966 (28/29), fact 1.000 (52/52).
// blind17 (110, a semester's questions in proportion: mostly Korean, a quarter English; 32 to
// decline), written after every change above and scored once before any change for it: top-1
// 0.962 (75/78), abstain 0.969 (31/32), fact 0.956 (43/45).
// blind18 (114, engineers at work mixing Korean and English, keyword queries; 32 to decline),
// written after blind17's fixes and scored once before any change for it: top-1 0.927 (76/82),
// abstain 0.938 (30/32), fact 0.913 (42/46).
// blind19 (112, a Discord study group on phones the week before the exam: no spacing, typos, slang
// endings; 33 to decline), written after blind18's fixes and scored once before any change for it:
// top-1 0.937 (74/79), abstain 0.970 (32/33), fact 0.864 (51/59).
// blind20 (112, a company Slack: 38% English, formal and casual Korean, context before the question;
// 31 to decline), written with blind19 and kept unread and unscored until blind19's fixes were in:
// top-1 0.889 (72/81), abstain 0.935 (29/31), fact 0.804 (41/51).
// blind21 (110, a night class of career changers: paraphrase instead of terms, analogies, polite
// Korean with self-introductions; 35 to decline), written after blind19's fixes and scored once
// before any change for it: top-1 0.813 (61/75), abstain 0.914 (32/35), fact 0.786 (33/42).
// blind22 (110, a TA's log of a semester: half casual Korean, a quarter English, a quarter polite;
// 33 to decline), written after blind21's fixes and scored once before any change for it: top-1
// 0.909 (70/77), abstain 0.879 (29/33), fact 0.907 (39/43).
// blind23 (111, a busy Slack: keyword queries, two topics at once, Korean spellings of English
// terms; 33 to decline), written with blind22 and kept unread and unscored until blind22's fixes
// were in: top-1 0.885 (69/78), abstain 0.909 (30/33), fact 0.900 (36/40).
// blind24 (112, a representative sample of the course community in proportion; 33 to decline),
// written after every change above and scored once, with no change made for it: top-1 0.975
// (77/79), abstain 0.970 (32/33), fact 0.951 (39/41).
// blind25 (115, a university course's Slack and Discord in proportion; 33 to decline) and blind26
// (114, students checking beliefs before the final, many of them wrong; 33 to decline), written
// after blind24 and scored once before any change for them: blind25 top-1 0.951 (78/82), abstain
// 0.970 (32/33), fact 1.000 (45/45); blind26 top-1 0.914 (74/81), abstain 0.909 (30/33), fact 0.875 (42/48).
// blind27 (112, the course's Slack and Discord in proportion; 34 to decline) and blind28 (111, an
// international cohort, 80% English; 33 to decline), written after blind26's fixes and scored once
// before any change for them: blind27 top-1 0.897 (70/78), abstain 0.941 (32/34), fact 0.879
// (29/33); blind28 top-1 0.885 (69/78), abstain 1.000 (33/33), fact 0.909 (20/22).
// Round 7, each scored once before any change made for it:
// blind29 (111, the course community in proportion; 30 to decline): top-1 0.926 (75/81), abstain
// 0.867 (26/30), fact 0.840 (68/81); three of its Lambda/Beanstalk lines then had §5/§6 added to
// what they accept, as the dev set's own lines do (top-1 0.963, 78/81).
// blind30 (110, a company study Slack, 45% English, two questions at once; 30 to decline), written
// with blind29: top-1 0.912 (73/80), abstain 1.000 (30/30), fact 0.787 (63/80).
// blind31 (112, the community in proportion) and blind32 (111, people who describe rather than name
// what they ask about), written after blind29's fixes and scored with blind30's in: blind31 top-1
// 0.915 (75/82), abstain 0.967 (29/30), fact 0.887 (71/80); blind32 top-1 0.852 (69/81), abstain
// 0.767 (23/30), fact 0.825 (66/80).
// blind33 (110, exam week in proportion) and blind34 (113, a company's study channel, half
// English), written after blind31/32's fixes: blind33 top-1 0.938 (75/80), abstain 0.833 (25/30),
// fact 0.873 (69/79); blind34 top-1 0.892 (74/83), abstain 0.933 (28/30), fact 0.827 (67/81).
// blind35 (113, the community in proportion) and blind36 (114, the night before a quiz: keyword
// bursts and slang), written after blind33/34's fixes: blind35 top-1 0.915 (75/82), abstain 0.903
// (28/31), fact 0.815 (66/81); blind36 top-1 0.907 (78/86), abstain 0.929 (26/28), fact 0.810 (68/84).
// blind37 (110, the community in proportion) and blind38 (110, an international cohort, 60%
// English, confusing similar terms), written after blind35/36's fixes: blind37 top-1 0.988 (79/80),
// abstain 0.967 (29/30), fact 0.936 (73/78); blind38 top-1 0.950 (76/80), abstain 0.933 (28/30), fact 0.846 (66/78).
// blind39 (110, the dev set's kind of questions) and blind40 (112, the community in proportion),
// written and scored after blind37/38's fixes: blind39 top-1 0.950 (76/80), abstain 0.967 (29/30),
// fact 0.872 (68/78); blind40 top-1 0.951 (78/82), abstain 0.967 (29/30), fact 0.912 (73/80).
// blind41 (114, the community in proportion, a third English), written after blind39/40's fixes:
// top-1 0.964 (81/84), abstain 1.000 (30/30), fact 0.890 (73/82).
// Round 8, each scored once on the code of the time before any change made for it:
// blind42 (116, the community in proportion) 0.976 / 1.000 / 0.946 and blind43 (110, a company
// study group, mixed English and Korean) 1.000 / 0.933 / 0.984, on e83709b; blind44 (110, the
// community, typos and descriptions) 0.938 / 0.967 / 0.860 and blind45 (115, an international cohort,
// 65% English) 0.941 / 1.000 / 0.910, on ba0a328; blind46 (112, the week before the quiz) 0.976 /
// 1.000 / 0.979 and blind47 (113, the dev set's style) 0.964 / 0.897 / 0.881, on af6c586; blind48
// (114, the community in proportion) 0.952 / 1.000 / 0.944 and blind49 (114, a grader's questions,
// half English) 0.976 / 0.933 / 0.920, on fb65639; blind50 (113, the community in proportion)
// 1.000 / 1.000 / 0.969 and blind51 (110, an international cohort, 60% English) 0.975 / 1.000 /
// 0.956, scored on 5974990; blind52 (116, the community in proportion) 1.000 / 1.000 / 0.958 and
// blind53 (116, graders and English-speaking members) 0.942 / 0.933 / 0.918, scored on b4c784d;
// blind54 (113, the community in proportion) 1.000 / 0.967 / 0.956 and blind55 (111, graders and
// English-speaking members) 0.988 / 1.000 / 0.919, written last and scored on ff5bc1f.
// Round 9 (first scores, each set scored once on the commit named, before any change made for it):
// blind56–59 on 05aef95: pooled 0.975 / 0.967 / 0.829 (the knowledge then paraphrased the notes;
// facts are quoted from them); blind60–63 on 252c9bb, after the notes' words went back into the
// knowledge: 0.959 / 0.942 / 0.934; blind64–67 on 6d8ce15: 0.972 / 0.983 / 0.944; blind68–71 on
// d2ac133: 0.988 (316/320) / 1.000 (120/120) / 0.954 (206/216); blind72–75 on 03b7d15: 0.978 / 0.975 /
// 0.963; blind76–79 on 1ade640, written last: 0.984 / 0.983 / 0.958.
// Through the CLI: node --import tsx test/answer/eval.ts test/answer/questions.blind3.jsonl --misses
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAnswerer } from '../../src/answer/answerer.ts';
import { loadKnowledge } from '../../src/content/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/tutor.ts';
import { loadCases, score } from './eval.ts';

const answerer = createAnswerer(loadKnowledge(DEFAULT_KNOWLEDGE_DIR));
const scoreFile = (file: string) => {
  const cases = loadCases(join(import.meta.dirname, file));
  return score(cases, cases.map((c) => answerer.answer(c.q)));
};

describe('retrieval accuracy', () => {
  it.each([
    ['questions.heldout.jsonl', 0.99, 0.97, 0],
    ['questions.blind.jsonl', 0.92, 0.97, 0],
    ['questions.blind2.jsonl', 0.95, 0.97, 0],
    ['questions.blind3.jsonl', 0.97, 0.97, 0.95],
    ['questions.blind4.jsonl', 0.97, 0.97, 0],
    ['questions.blind5.jsonl', 0.95, 0.95, 0.95],
    ['questions.blind7.jsonl', 0.95, 0.95, 0.9],
    ['questions.blind8.jsonl', 0.88, 0.95, 0.8],
    ['questions.blind9.jsonl', 0.97, 0.97, 0.9],
    ['questions.blind6.jsonl', 0.92, 0.9, 0.88],
    ['questions.blind10.jsonl', 0.92, 0.97, 0.97],
    ['questions.blind11.jsonl', 0.95, 0.97, 0.93],
    ['questions.blind12.jsonl', 0.95, 0.88, 0.93],
    ['questions.blind14.jsonl', 0.95, 0.95, 0.95],
    ['questions.blind15.jsonl', 0.95, 0.88, 0.95],
    ['questions.blind16.jsonl', 0.96, 0.97, 0.93],
    ['questions.blind13.jsonl', 0.95, 0.95, 0.97],
    ['questions.blind17.jsonl', 0.97, 0.97, 0.97],
    ['questions.blind18.jsonl', 0.93, 0.93, 0.93],
    ['questions.blind19.jsonl', 0.97, 0.97, 0.95],
    ['questions.blind20.jsonl', 0.97, 0.97, 0.95],
    ['questions.blind21.jsonl', 0.91, 0.95, 0.95],
    ['questions.blind22.jsonl', 0.93, 0.95, 0.93],
    ['questions.blind23.jsonl', 0.9, 0.97, 0.93],
    ['questions.blind24.jsonl', 0.97, 0.96, 0.95],
    ['questions.blind25.jsonl', 0.95, 0.96, 0.97],
    ['questions.blind26.jsonl', 0.95, 0.93, 0.93],
    ['questions.blind27.jsonl', 0.92, 0.95, 0.9],
    ['questions.blind28.jsonl', 0.9, 0.97, 0.9],
    ['questions.blind29.jsonl', 0.97, 0.97, 0.95],
    ['questions.blind30.jsonl', 0.97, 0.97, 0.93],
    ['questions.blind31.jsonl', 0.95, 0.97, 0.95],
    ['questions.blind32.jsonl', 0.92, 0.97, 0.9],
    ['questions.blind33.jsonl', 0.95, 0.9, 0.92],
    ['questions.blind34.jsonl', 0.92, 0.97, 0.88],
    ['questions.blind35.jsonl', 0.93, 0.9, 0.84],
    ['questions.blind36.jsonl', 0.95, 0.97, 0.87],
    ['questions.blind37.jsonl', 0.97, 0.97, 0.92],
    ['questions.blind38.jsonl', 0.93, 0.97, 0.83],
    ['questions.blind39.jsonl', 0.96, 0.95, 0.87],
    ['questions.blind40.jsonl', 0.96, 0.97, 0.93],
    ['questions.blind41.jsonl', 0.95, 0.97, 0.89],
    ['questions.blind42.jsonl', 0.97, 0.97, 0.94],
    ['questions.blind43.jsonl', 0.97, 0.95, 0.97],
    ['questions.blind44.jsonl', 0.95, 0.97, 0.9],
    ['questions.blind45.jsonl', 0.95, 0.97, 0.95],
    ['questions.blind46.jsonl', 0.95, 0.97, 0.95],
    ['questions.blind47.jsonl', 0.95, 0.97, 0.92],
    ['questions.blind48.jsonl', 0.96, 0.97, 0.96],
    ['questions.blind49.jsonl', 0.95, 0.97, 0.92],
    ['questions.blind50.jsonl', 0.97, 0.97, 0.95],
    ['questions.blind51.jsonl', 0.96, 0.97, 0.95],
    ['questions.blind52.jsonl', 0.97, 0.97, 0.94],
    ['questions.blind53.jsonl', 0.95, 0.97, 0.93],
    ['questions.blind54.jsonl', 0.97, 0.95, 0.94],
    ['questions.blind55.jsonl', 0.96, 0.97, 0.9],
    ['questions.blind56.jsonl', 0.98, 0.98, 0.98],
    ['questions.blind57.jsonl', 0.96, 0.98, 0.98],
    ['questions.blind58.jsonl', 0.98, 0.98, 0.98],
    ['questions.blind59.jsonl', 0.96, 0.98, 0.92],
    ['questions.blind60.jsonl', 0.96, 0.98, 0.96],
    ['questions.blind61.jsonl', 0.98, 0.88, 0.98],
    ['questions.blind62.jsonl', 0.96, 0.98, 0.96],
    ['questions.blind63.jsonl', 0.96, 0.94, 0.96],
    ['questions.blind64.jsonl', 0.98, 0.94, 0.98],
    ['questions.blind65.jsonl', 0.95, 0.98, 0.9],
    ['questions.blind66.jsonl', 0.98, 0.98, 0.98],
    ['questions.blind67.jsonl', 0.96, 0.94, 0.96],
    ['questions.blind68.jsonl', 0.98, 0.98, 0.96],
    ['questions.blind69.jsonl', 0.96, 0.98, 0.96],
    ['questions.blind70.jsonl', 0.98, 0.98, 0.94],
    ['questions.blind71.jsonl', 0.96, 0.98, 0.92],
    ['questions.blind72.jsonl', 0.98, 0.98, 0.98],
    ['questions.blind73.jsonl', 0.98, 0.98, 0.96],
    ['questions.blind74.jsonl', 0.96, 0.98, 0.96],
    ['questions.blind75.jsonl', 0.96, 0.98, 0.94],
    ['questions.blind76.jsonl', 0.94, 0.94, 0.9],
    ['questions.blind77.jsonl', 0.98, 0.98, 0.96],
    ['questions.blind78.jsonl', 0.96, 0.98, 0.96],
    ['questions.blind79.jsonl', 0.96, 0.94, 0.92],
  ])('%s: top-1, abstention and fact rate stay above their floors', (file, minTop1, minAbstain, minFact) => {
    const s = scoreFile(file);
    expect(s.top1, s.misses.join('\n')).toBeGreaterThanOrEqual(minTop1);
    expect(s.abstain, s.misses.join('\n')).toBeGreaterThanOrEqual(minAbstain);
    expect(s.fact, s.misses.join('\n')).toBeGreaterThanOrEqual(minFact);
  });
});
