import { describe, expect, it } from 'vitest';
import type { ActionResult, Reply } from '../../src/reply.ts';
import { guidedStart, pricingAct } from '../../src/pricing/index.ts';
import { sections } from './helpers.ts';

const secs = sections();

function click(reply: Reply, label: RegExp): ActionResult {
  const a = reply.actions?.find((x) => label.test(x.label));
  expect(a, `button ${label} in ${reply.actions?.map((x) => x.label).join(', ')}`).toBeDefined();
  const r = pricingAct(a!.id, 'ko', secs);
  expect(r).toBeDefined();
  return r!;
}

describe('guided mode', () => {
  it('asks the first question with choice buttons', () => {
    const r = guidedStart('ko');
    expect(r.kind).toBe('advice');
    const choices = r.actions!.filter((a) => a.group === 'choices');
    expect(choices.length).toBeGreaterThanOrEqual(3);
    for (const a of r.actions!) {
      expect(a.id.startsWith('pricing:')).toBe(true);
      expect(a.id.length).toBeLessThanOrEqual(100);
    }
  });

  it('walks one question at a time to Reserved for a steady 3-year load', () => {
    let r: Reply = guidedStart('ko');
    r = click(r, /^아니요$/).replace!;
    expect(r.text).toMatch(/중단/);
    r = click(r, /중단되면 안 됨/).replace!;
    expect(r.text).toMatch(/패턴/);
    r = click(r, /^일정함/).replace!;
    expect(r.text).toMatch(/얼마 동안/);
    r = click(r, /3년/).replace!;
    expect(r.title).toMatch(/예약 인스턴스/);
    expect(r.text).toMatch(/추천: 예약 인스턴스/);
    expect(r.fields?.length).toBeGreaterThan(0);
  });

  it('ends early when an answer decides it', () => {
    const host = click(guidedStart('ko'), /라이선스/).replace!;
    expect(host.text).toMatch(/추천: 전용 호스트/);
    const spot = click(click(guidedStart('en'), /^No$/).replace!, /interruptible/i).replace!;
    expect(spot.lang).toBe('en');
    expect(spot.text).toMatch(/Recommendation: Spot Instances/);
  });

  it('keeps the language in the id, whatever the clicker locale', () => {
    const first = guidedStart('en').actions!.find((a) => a.label === 'No')!;
    const r = pricingAct(first.id, 'ko', secs)!.replace!;
    expect(r.lang).toBe('en');
  });

  it('is stateless: a saved id replays the same step', () => {
    const id = guidedStart('ko').actions!.find((a) => a.label === '아니요')!.id;
    expect(pricingAct(id, 'ko', secs)).toEqual(pricingAct(id, 'ko', secs));
  });

  it('every id on the way fits in 100 characters', () => {
    const seen: string[] = [];
    const walk = (r: Reply, depth: number) => {
      for (const a of r.actions ?? []) {
        if (!a.id.startsWith('pricing:g:')) continue;
        seen.push(a.id);
        if (depth > 5) continue;
        const next = pricingAct(a.id, 'ko', secs)?.replace;
        if (next && next.actions?.some((x) => x.group === 'choices')) walk(next, depth + 1);
      }
    };
    walk(guidedStart('ko'), 0);
    expect(seen.length).toBeGreaterThan(10);
    for (const id of seen) expect(id.length).toBeLessThanOrEqual(100);
  });

  it('start over, and ids it does not own', () => {
    expect(pricingAct('pricing:start:en', 'ko', secs)?.replace?.lang).toBe('en');
    expect(pricingAct('quiz:abc:1:2', 'ko', secs)).toBeUndefined();
    expect(pricingAct('pricing:g:ko:zz', 'ko', secs)).toBeUndefined();
    expect(pricingAct('pricing:g:ko:d9', 'ko', secs)).toBeUndefined();
  });
});
