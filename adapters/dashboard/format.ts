// How numbers, times and places read on the pages.
import type { Lang } from './i18n.ts';
import { dayKey } from '../../src/report/overview.ts';

export const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
export const fixed2 = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/** Local date and minute: 2025-01-08 12:00. */
export function when(ms: number): string {
  const d = new Date(ms);
  return `${dayKey(ms)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const PLATFORMS: Record<string, Record<Lang, string>> = {
  slack: { ko: 'Slack', en: 'Slack' },
  discord: { ko: 'Discord', en: 'Discord' },
  console: { ko: '콘솔', en: 'Console' },
  cli: { ko: 'CLI', en: 'CLI' },
};
export const platformName = (p: string, lang: Lang) => PLATFORMS[p]?.[lang] ?? p;

/** "Slack · T0123 · #C0456": where something was said. */
export function placeLabel(r: { platform: string; scope: string; channel?: string | null }, lang: Lang): string {
  return [platformName(r.platform, lang), r.scope, r.channel ? `#${r.channel}` : ''].filter(Boolean).join(' · ');
}
