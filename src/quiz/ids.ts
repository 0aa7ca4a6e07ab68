// Quiz action ids. Short and self-describing so any process can handle a click after a restart,
// and well inside Discord's 100-character custom_id:
//   quiz:<session>:<index>:<choice>   an answer (index and choice 0-based)
//   quiz:<session>:next:<index>       move on from question <index> (channel: close it first)
//   quiz:<session>:close:<index>      the adapter's timer: close question <index> when due
//   quiz:<session>:stop               end the quiz now and show the summary
import { randomBytes } from 'node:crypto';

export type QuizAction =
  | { kind: 'answer'; session: string; index: number; choice: number }
  | { kind: 'next'; session: string; index?: number }
  | { kind: 'close'; session: string; index: number }
  | { kind: 'stop'; session: string };

const SESSION = /^[a-z0-9]{4,16}$/;
const NUM = /^\d{1,3}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** 8 random base-36 characters (~41 bits): unguessable enough, short enough for any button id. */
export function newSessionId(): string {
  const bytes = randomBytes(8);
  let id = '';
  for (const b of bytes) id += ALPHABET[b % 36];
  return id;
}

export const answerId = (s: string, index: number, choice: number) => `quiz:${s}:${index}:${choice}`;
export const nextId = (s: string, index: number) => `quiz:${s}:next:${index}`;
export const closeId = (s: string, index: number) => `quiz:${s}:close:${index}`;
export const stopId = (s: string) => `quiz:${s}:stop`;

/** Parses a `quiz:` id; undefined when it is not a well-formed quiz id. */
export function parseQuizAction(id: string): QuizAction | undefined {
  const parts = id.split(':');
  if (parts[0] !== 'quiz' || !SESSION.test(parts[1] ?? '')) return undefined;
  const session = parts[1];
  const [a, b] = [parts[2], parts[3]];
  if (parts.length === 4 && NUM.test(a) && NUM.test(b)) return { kind: 'answer', session, index: Number(a), choice: Number(b) };
  if (a === 'next' && parts.length === 3) return { kind: 'next', session };
  if (a === 'next' && parts.length === 4 && NUM.test(b)) return { kind: 'next', session, index: Number(b) };
  if (a === 'close' && parts.length === 4 && NUM.test(b)) return { kind: 'close', session, index: Number(b) };
  if (a === 'stop' && parts.length === 3) return { kind: 'stop', session };
  return undefined;
}
