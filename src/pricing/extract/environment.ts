// What kind of environment: development/test, production, and whether cost comes first.
import type { Factors } from '../types.ts';
import { type Part, part, marker } from './part.ts';
import { any } from './text.ts';

export function extractEnvironment(t: string): Part {
  const f = part();
  const u = marker(f);
  if (any(t, /최대한\s*(?:싸|저렴)|가장\s*(?:싸|저렴)|제일\s*(?:싸|저렴)|싸게|저렴하게|비용\s*(?:최소|절감이\s*최우선)|(?:비용|가격|돈)(?:이|은)?\s*(?:최우선|제일\s*중요|가장\s*중요|1\s*순위)|as cheap(?:ly)? as possible|dirt[- ]cheap|super cheap|want (?:it|this) cheap|cost (?:is|matters) (?:most|above all)|cheapest|lowest (?:cost|price)|minimi[sz]e cost|cost is (?:the|our) (?:main|top|only)/)) {
    f.cheap = true;
    u('cheap');
  }
  // Kind of environment.
  if (any(t, /프리\s*티어|free[- ]?tier|처음\s*(?:써|사용|배우)|학생|공부용|연습용|실습|learning aws|first time (?:using|on) (?:aws|ec2)|개발\s*(?:용|환경|서버|계정|단계|\/|및|·|,|팀|박스|기|하는\s*동안)|테스트|스테이징|실험|검증\s*(?:용|환경)|시험\s*(?:용|환경)|\bqa\b|poc|프로토타입|데모|샌드박스|비\s*프로덕션|비운영|\bdev\b|\btest(?:ing)?\b|staging|sandbox|experiment|prototype|proof of concept|\bdemo\b|try (?:out|a new)|trial|non-?prod/)) {
    f.devTest = true;
    u('dev-test');
  }
  if (any(t, /프로덕션|운영\s*(?:환경|서버|서비스|db)|실서비스|production|\bprod\b/) && !/비\s*프로덕션|non-?prod/.test(t)) {
    f.production = true;
  }
  return f;
}
