// What kind of environment: development/test, production, and whether cost comes first.
import { type Part, part, marker } from './part.ts';
import { ENVIRONMENT } from '../lexicon.ts';
import { any } from './text.ts';

export function extractEnvironment(t: string): Part {
  const f = part();
  const u = marker(f);
  if (any(t, ENVIRONMENT.cheap)) {
    f.cheap = true;
    u('cheap');
  }
  // Kind of environment.
  if (any(t, ENVIRONMENT.devTest)) {
    f.devTest = true;
    u('dev-test');
  }
  if (any(t, ENVIRONMENT.production) && !/비\s*프로덕션|non-?prod/.test(t)) {
    f.production = true;
  }
  return f;
}
