// Whether the user accepts or refuses a commitment (약정).
import { type Part, part, marker } from './part.ts';
import { COMMITMENT } from '../lexicon.ts';
import { any } from './text.ts';

export function extractCommitment(t: string): Part {
  const f = part();
  const u = marker(f);
  // Commitment.
  if (any(t, ...COMMITMENT.refused)) {
    f.noCommitment = true;
    u('no-commitment');
  } else if (any(t, COMMITMENT.ok)) {
    f.commitmentOk = true;
    u('commitment-ok');
  }
  return f;
}
