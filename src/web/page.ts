/**
 * The page at `/`: Microsoft's Web Chat (served from the botframework-webchat package, no CDN)
 * talking to this service through the same-origin endpoint of src/web/webchatRoute.ts. The
 * page's own texts come from locales/<lng>/web.json, all languages embedded for the picker.
 */
import type { Localizer } from '../i18n.js';
import { REFERENCE_LANGUAGE } from '../inventory/taxonomy.js';

export interface PageTexts {
  title: string;
  intro: string;
  languageLabel: string;
  chatLabel: string;
  noScript: string;
  loadFailed: string;
  footer: string;
  selfName: string;
}

const KEYS = ['title', 'intro', 'languageLabel', 'chatLabel', 'noScript', 'loadFailed', 'footer'] as const;

export function pageTexts(localizer: Localizer): Record<string, PageTexts> {
  return Object.fromEntries(
    localizer.languages.map((language) => {
      const t = localizer.t(language);
      return [language, { ...Object.fromEntries(KEYS.map((k) => [k, t(`web:${k}`)])), selfName: t('taxonomy:selfName') } as PageTexts];
    }),
  );
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export function renderPage(localizer: Localizer, language = REFERENCE_LANGUAGE): string {
  const texts = pageTexts(localizer);
  const own = texts[language] ?? texts[REFERENCE_LANGUAGE]!;
  const options = localizer.languages
    .map((lng) => `<option value="${lng}"${lng === language ? ' selected' : ''} lang="${lng}">${escapeHtml(texts[lng]!.selfName)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(own.title)}</title>
<style>
  :root { color-scheme: light; --ink: #1b1b1b; --accent: #00457c; --paper: #ffffff; --muted: #4a4a4a; }
  * { box-sizing: border-box; }
  html, body { margin: 0; }
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #f3f5f8; min-height: 100vh; display: flex; flex-direction: column; }
  header { background: var(--accent); color: #fff; padding: 0.75rem 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; }
  header h1 { font-size: 1.25rem; margin: 0; }
  header label { font-weight: 600; margin-right: 0.5rem; }
  header select { font: inherit; padding: 0.25rem 0.5rem; border-radius: 4px; border: 2px solid #fff; min-height: 44px; }
  select:focus-visible, a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  main { flex: 1; display: flex; flex-direction: column; width: 100%; max-width: 56rem; margin: 0 auto; padding: 0.75rem; }
  main > p { margin: 0 0 0.75rem; color: var(--muted); }
  #webchat { height: calc(100vh - 13rem); min-height: 24rem; background: var(--paper); border: 1px solid #c8ccd2; border-radius: 6px; overflow: hidden; }
  footer { font-size: 0.875rem; color: var(--muted); text-align: center; padding: 0.5rem 1rem 1rem; }
  .error { color: #a4262c; font-weight: 600; }
  @media (max-width: 600px) { header h1 { font-size: 1.05rem; } main { padding: 0.5rem; } #webchat { height: 85vh; } }
</style>
</head>
<body>
<header>
  <h1 id="page-title">${escapeHtml(own.title)}</h1>
  <div><label for="language" id="language-label">${escapeHtml(own.languageLabel)}</label><select id="language" name="language">${options}</select></div>
</header>
<main>
  <p id="page-intro">${escapeHtml(own.intro)}</p>
  <div id="webchat" role="region" aria-label="${escapeHtml(own.chatLabel)}"><noscript><p class="error">${escapeHtml(own.noScript)}</p></noscript></div>
</main>
<footer id="page-footer">${escapeHtml(own.footer)}</footer>
<script id="clip-config" type="application/json">${scriptJson({ language, texts, endpoint: '/api/webchat/activities' })}</script>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/client.js"></script>
</body>
</html>
`;
}
