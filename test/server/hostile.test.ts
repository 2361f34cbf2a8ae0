/**
 * Hostile and malformed input on every route. Each request gets a 4xx or a graceful reply, never a
 * 5xx or a crash; nothing a user sends is rendered as markup or used to build a path; and the next
 * normal question is still answered.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import { MAX_BODY_BYTES } from '../../src/server/createServer.js';
import { realAssistant } from '../helpers/assistant.js';
import { activity, pageActivity, startServer, type RunningServer } from '../helpers/server.js';

let server: RunningServer;
let assistant: Assistant;
// Generous limits: this file is about input, the rate limits have their own tests.
const roomy = { chat: { burst: 10_000, rate: 1000 }, search: { burst: 10_000, rate: 1000 }, files: { burst: 10_000, rate: 1000 } };
beforeAll(async () => {
  [server, assistant] = await Promise.all([startServer({}, { rateLimits: roomy }), realAssistant()]);
});
afterAll(() => server.close());

const hostilePage = (overrides: Record<string, unknown> = {}) => pageActivity({ from: { id: 'user-hostile' }, conversation: { id: 'webchat-hostile' }, ...overrides });

/** Both activity routes, so every body case runs against each. */
const ROUTES = [
  { name: 'POST /api/messages', path: '/api/messages', body: activity },
  { name: 'POST /api/webchat/activities', path: '/api/webchat/activities', body: hostilePage },
] as const;

async function send(path: string, body: string | undefined, contentType = 'application/json'): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

async function replies(res: Response): Promise<Partial<Activity>[]> {
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
}

const withoutProperty = (body: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));

describe.each(ROUTES)('$name', ({ path, body }) => {
  it.each([
    ['plain text', 'hello bot', 'text/plain', 415],
    ['non-JSON with a JSON content type', 'hello bot', 'application/json', 400],
    ['truncated JSON', JSON.stringify(body()).slice(0, 40), 'application/json', 400],
    ['an empty body', undefined, 'application/json', 400],
    ['a JSON array', '[1,2,3]', 'application/json', 400],
    ['a JSON string', '"message"', 'application/json', 400],
    ['null', 'null', 'application/json', 400],
    ['HTML', '<html><body>hi</body></html>', 'text/html', 415],
  ])('refuses %s with a 4xx', async (_name, raw, contentType, status) => {
    expect((await send(path, raw, contentType)).status).toBe(status);
  });

  it.each([
    ['no activity type', () => withoutProperty(body(), 'type')],
    ['no conversation', () => withoutProperty(body(), 'conversation')],
    ['a conversation without an id', () => body({ conversation: {} })],
    ['a number for the text', () => body({ text: 42 })],
    ['an object for the text', () => body({ text: { html: '<b>x</b>' } })],
    ['a string for the sender', () => body({ from: 'mallory' })],
    ['a number for the locale', () => body({ locale: 7 })],
    ['a locale of 5,000 characters', () => body({ locale: 'x'.repeat(5000) })],
    ['an object for the entities', () => body({ entities: { type: 'mention' } })],
    ['a string for the members added', () => body({ type: 'conversationUpdate', membersAdded: 'everyone' })],
  ])('refuses an activity with %s with a 400 that says what is wrong', async (_name, make) => {
    const res = await send(path, JSON.stringify(make()));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^activity\./);
  });

  it('refuses a body over the size limit with a 413', async () => {
    expect((await send(path, JSON.stringify(body({ text: 'x'.repeat(MAX_BODY_BYTES) })))).status).toBe(413);
  });

  it('answers a very long text (under the body limit) from its first 500 characters', async () => {
    const text = `What has Vienna done? ${'housing '.repeat(20_000)}`;
    const [reply] = await replies(await send(path, JSON.stringify(body({ text }))));
    expect(reply?.text).toContain('Vienna');
  });

  it('answers through control characters, format characters and lone surrogates', async () => {
    const text = 'What has\u0000 Vienna\u0007 done?\u202e\ud800 \udfff';
    const res = await send(path, JSON.stringify(body({ text, locale: 'en\u0000' })));
    const [reply] = await replies(res);
    expect(reply?.text).toContain('Vienna');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script> Frankfurt social housing'],
    ['an image with an onerror handler', '<img src=x onerror=alert(1)> Frankfurt'],
    ['a Markdown link', '[click me](javascript:alert(1)) Frankfurt'],
    ['Adaptive Card template syntax', '${$root.secret} {{bot:help.text}} $t(bot:help.text) Frankfurt'],
    ['a fake card as JSON', '{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"pwned"}]} Frankfurt'],
  ])('never echoes %s as markup or expands it', async (_name, text) => {
    const all = await replies(await send(path, JSON.stringify(body({ text }))));
    expect(all.length).toBeGreaterThan(0);
    const output = JSON.stringify(all);
    for (const fragment of ['<script', 'onerror', 'javascript:', '$root', 'pwned', '{{bot:']) expect(output).not.toContain(fragment);
    expect(output).not.toContain(assistant.localizer.t('en')('bot:help.text').slice(0, 40));
  });

  it.each(['../../../../etc/passwd', '..\\..\\windows\\win.ini', '/dev/zero', 'en/../../locales', '%2e%2e%2f', 'zz-ZZ', '', '__proto__', 'constructor'])(
    'answers in English when the locale is %j, and never reads it as a path',
    async (locale) => {
      const [reply] = await replies(await send(path, JSON.stringify(body({ text: 'What has Vienna done?', locale }))));
      expect(reply?.locale).toBe('en');
      expect(reply?.text).toContain('Vienna');
    },
  );

  it.each([
    ['__proto__', '{"__proto__":{"polluted":"yes"},'],
    ['constructor.prototype', '{"constructor":{"prototype":{"polluted":"yes"}},'],
    ['__proto__ inside a card value', '{"value":{"__proto__":{"polluted":"yes"},"clipAction":"browse"},'],
  ])('is not polluted by a %s key', async (_name, prefix) => {
    const raw = prefix + JSON.stringify(body()).slice(1);
    const res = await send(path, raw);
    expect(res.status).toBeLessThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a string', 'compare everything'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an unknown action', { clipAction: 'deleteEverything' }],
    ['compare with practice ids that are not a list', { clipAction: 'compare', practiceIds: 'frankfurt-all' }],
    ['compare with practice ids that do not exist', { clipAction: 'compare', practiceIds: ['nope', '../../etc'] }],
    ['browse on page minus one', { clipAction: 'browse', page: -1 }],
    ['browse on page one billion', { clipAction: 'browse', page: 1e9 }],
    ['browse removing an unknown filter', { clipAction: 'browse', remove: '__proto__' }],
    ['feedback with an object for its answer id', { clipAction: 'feedback', answerId: { $ne: null }, rating: 'helpful' }],
    ['feedback with an unknown rating', { clipAction: 'feedback', answerId: 'x', rating: 'superb' }],
    ['a deeply nested value', JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`)],
  ])('replies gracefully to a card action value that is %s', async (_name, value) => {
    const all = await replies(await send(path, JSON.stringify(body({ text: '', value }))));
    expect(all.length).toBeGreaterThan(0);
    for (const reply of all) expect(reply.text ?? reply.attachments).toBeTruthy();
  });

  it('still answers a normal question afterwards', async () => {
    const [reply] = await replies(await send(path, JSON.stringify(body({ text: 'How does Frankfurt avoid segregation in social housing?' }))));
    expect(reply?.text).toContain('Frankfurt');
  });
});

describe('GET /api/search', () => {
  it.each([
    ['no q', ''],
    ['an empty q', '?q='],
    ['a q of 501 characters', `?q=${'a'.repeat(501)}`],
    ['q given twice', '?q=a&q=b'],
    ['q as an object', '?q[a]=1'],
    ['q as a list', '?q[]=1&q[]=2'],
    ['a path as the language', '?q=housing&lang=../../etc/passwd'],
    ['a garbage language', '?q=housing&lang=xx'],
    ['a path as the city', '?q=housing&city=..%2F..%2Fetc'],
    ['an unknown city', '?q=housing&city=atlantis'],
    ['a garbage theme', '?q=housing&theme=<script>'],
    ['a limit that is not a number', '?q=housing&limit=lots'],
    ['a limit of a billion', '?q=housing&limit=1000000000'],
    ['a negative limit', '?q=housing&limit=-5'],
  ])('refuses %s with a 400', async (_name, query) => {
    const res = await fetch(`${server.url}/api/search${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toEqual(expect.any(String));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['?q=housing&__proto__[polluted]=yes', '?q=housing&constructor[prototype][polluted]=yes', '?__proto__[q]=housing&q=housing'])('ignores the prototype keys of %s and is not polluted', async (query) => {
    const res = await fetch(`${server.url}/api/search${query}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { query: string }).query).toBe('housing');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).q).toBeUndefined();
  });

  it.each([
    ['control characters and a lone surrogate', `?q=${encodeURIComponent('Vienna\u0000\u0007 housing')}%ED%A0%80`],
    ['bad percent-encoding', '?q=Vienna%E0%A4%A'],
    ['HTML', `?q=${encodeURIComponent('<script>alert(1)</script> Vienna')}`],
  ])('answers or refuses %s without a 5xx, and echoes nothing as markup', async (_name, query) => {
    const res = await fetch(`${server.url}/api/search${query}`);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});

describe('GET routes with hostile paths', () => {
  it.each([
    '/documents/..%2F..%2Fpackage.json',
    '/documents/%2e%2e%2f%2e%2e%2fpackage.json',
    '/documents/..\\..\\package.json',
    `/documents/${'a'.repeat(5000)}`,
    '/documents/%00',
    '/documents/__proto__',
    '/documents/constructor',
    '/webchat/..%2F..%2Fpackage.json',
    '/webchat/client.js/..%2F..%2F..%2Fpackage.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/no-such-route',
  ])('answers %s with a 404 that reveals no file', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const text = await res.text();
    expect(text).not.toContain('"dependencies"');
    expect(text).not.toContain('root:');
  });

  it.each(['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '../../etc/passwd', '__proto__'])('serves the English page for ?lang=%s, with nothing of it in the markup', async (lang) => {
    const res = await fetch(`${server.url}/?lang=${encodeURIComponent(lang)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain(lang);
  });

  it('answers a wrong method with a 405', async () => {
    expect((await fetch(`${server.url}/api/messages`)).status).toBe(405);
    expect((await fetch(`${server.url}/api/search?q=x`, { method: 'POST' })).status).toBe(405);
  });

  it('still reports healthy and answers a normal search afterwards', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('Frankfurt social housing')}`);
    expect(res.status).toBe(200);
  });
});
