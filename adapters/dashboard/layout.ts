// The page frame: head, navigation, log-out button. Pages supply only their <main>.
import { html, type Html } from './html.ts';
import type { Lang, Messages } from './i18n.ts';

export type NavKey = 'overview' | 'questions' | 'quizItems' | 'learners' | 'exports';

export const NAV: { key: NavKey; path: string }[] = [
  { key: 'overview', path: '/' },
  { key: 'questions', path: '/questions' },
  { key: 'quizItems', path: '/quiz' },
  { key: 'learners', path: '/learners' },
  { key: 'exports', path: '/exports' },
];

export interface Frame {
  lang: Lang;
  m: Messages;
  /** The page's title (also its <h1>). */
  title: string;
  /** The current page in the navigation; undefined shows no navigation (login, errors). */
  active?: NavKey;
  /** The filters' query string, kept when moving between pages. */
  query?: string;
}

export function layout(f: Frame, main: Html): string {
  const nav = f.active
    ? html`<nav aria-label="${f.m.title}"><ul>${NAV.map(
        (n) => html`<li><a href="${n.path}${f.query ?? ''}"${n.key === f.active ? html` aria-current="page"` : ''}>${f.m[n.key]}</a></li>`,
      )}</ul>
<form method="post" action="/logout" class="logout"><button type="submit">${f.m.logout}</button></form></nav>`
    : '';
  return html`<!doctype html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${f.title} · ${f.m.title}</title>
<link rel="stylesheet" href="/static/dashboard.css">
</head>
<body>
<header><p class="brand">${f.m.title}</p>${nav}</header>
<main>
<h1>${f.title}</h1>
${main}
</main>
</body>
</html>
`.value;
}
