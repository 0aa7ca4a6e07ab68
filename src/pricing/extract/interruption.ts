// Whether the work may be interrupted (Spot), negations first, and batch-like work that usually may.
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';
import { FAULT_TOLERANCE, INTERRUPTION } from '../lexicon.ts';

export function extractInterruption(t: string): Part {
  const f = part();
  const u = marker(f);
  const notInterruptible = any(t, ...INTERRUPTION.no);
  const yesInterruptible = any(t, ...INTERRUPTION.yes);
  if (notInterruptible) {
    f.interruptible = false;
    u('not-interruptible');
  } else if (yesInterruptible || any(t, FAULT_TOLERANCE.ko, FAULT_TOLERANCE.en)) {
    f.interruptible = true;
    u('interruptible');
  }
  if (any(t, INTERRUPTION.batch)) {
    f.batchLike = true;
    u('batch');
  }
  if (any(t, FAULT_TOLERANCE.redundant)) {
    f.redundant = true;
    u('redundant');
  }
  return f;
}
