import { describe, expect, it } from 'vitest';
import { createConceptMatcher } from '../../src/search/concepts.ts';
import { normalize } from '../../src/search/normalize.ts';

const matcher = createConceptMatcher([
  { canonical: 'Docker 이미지', variants: ['Docker image', '컨테이너 이미지'] },
  { canonical: 'Docker', variants: ['도커'] },
  { canonical: '일회성', variants: ['one time thing'] },
  { canonical: '자주 액세스', variants: ['rarely accessed'] },
]);
const match = (text: string) => matcher.match(normalize(text));

describe('glossary matching', () => {
  it('matches a mixed Latin/Korean spelling even with a particle on its Korean word', () => {
    expect(match('Docker 이미지를 저장함').concepts).toEqual(['Docker 이미지']);
    expect(match('Docker 이미지').concepts).toEqual(['Docker 이미지']);
  });

  it('matches a several-word English spelling written with hyphens', () => {
    expect(match('rarely-accessed data').concepts).toEqual(['자주 액세스']);
    expect(match('rarely accessed data').concepts).toEqual(['자주 액세스']);
  });

  it('reports the English words a several-word spelling stands for', () => {
    const m = match('is it a one time thing');
    expect(m.concepts).toEqual(['일회성']);
    expect([...m.phraseOf.keys()]).toEqual(['one', 'time', 'thing']);
    expect([...match('docker').phraseOf.keys()]).toEqual([]);
  });
});
