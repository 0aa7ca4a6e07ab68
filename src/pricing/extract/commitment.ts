// Whether the user accepts or refuses a commitment (약정).
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';

export function extractCommitment(t: string): Part {
  const f = part();
  const u = marker(f);
  // Commitment.
  if (any(t,
    /약정\s*(?:은|이|을|는|도)?\s*(?:ㄴㄴ|노노|싫|없이|없는|원하지\s*않|원치\s*않|하기\s*싫|부담|어렵|곤란|못|불가|안\s*함|안\s*할|피하|x|노노|사절|하고\s*싶지\s*않)|약정\s*없|(?:장기\s*)?계약\s*(?:은|이)?\s*(?:싫|없이|불가|부담|원하지\s*않|피하)|선결제\s*(?:는|은)?\s*(?:싫|불가|어렵|부담|없이|x)|묶이(?:기|는\s*게|고\s*싶지)\s*(?:싫|않)|언제든\s*(?:그만|끄|해지|중단할)/,
    /no (?:long[- ]term )?(?:commitments?|contracts?|upfront|lock-?in)|without (?:a |any )?(?:long[- ]term )?(?:commitment|contract)|(?:don't|do not|can't|cannot|won't|not) (?:want to |able to |willing to )?(?:commit|sign)|avoid (?:long[- ]term )?(?:commitments?|contracts?)|commitment[- ](?:averse|free)|month[- ]to[- ]month|pay[- ]as[- ]you[- ]go|not sure (?:we'll|we will|it will) (?:last|exist|still)/)) {
    f.noCommitment = true;
    u('no-commitment');
  } else if (any(t, /약정\s*(?:도|은|이)?\s*(?:가능|괜찮|ok|오케이|할\s*수\s*있|해도|상관\s*없|문제\s*없)|\d\s*년\s*약정|약정\s*\d\s*년|(?:can|could|happy to|willing to|ok to|fine to|able to) commit|commit(?:ment)? (?:to|for|of) (?:1|one|3|three|a) ?-?years?|\d[- ]year (?:commitment|term|contract)|commitment is (?:fine|ok)/)) {
    f.commitmentOk = true;
    u('commitment-ok');
  }
  return f;
}
