import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitationEntity } from '../../src/cards/citations.js';
import { MAX_BODY_BYTES } from '../../src/server/createServer.js';
import { loadInventory } from '../../src/inventory/load.js';
import { SEEDS_DIR } from '../helpers/assistant.js';
import { activity, postJson, startServer, type RunningServer } from '../helpers/server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

interface ExpectedReplies {
  activities: { type: string; text?: string; locale?: string; entities?: CitationEntity[]; attachments?: { content: unknown }[] }[];
}

describe('POST /api/messages', () => {
  it('answers with expectReplies: the Frankfurt practice, its citation and its locale', async () => {
    const res = await postJson(`${server.url}/api/messages`, activity());
    expect(res.status).toBe(200);
    const body = (await res.json()) as ExpectedReplies;
    expect(body.activities).toHaveLength(1);
    const reply = body.activities[0]!;
    expect(reply.locale).toBe('en');
    expect(JSON.stringify(reply.attachments?.[0]?.content)).toContain('Allocation of social housing that actively avoids segregation');
    expect(reply.entities?.[0]?.citation[0]?.appearance.keywords).toContain('Frankfurt am Main');
  });

  it('welcomes on conversationUpdate', async () => {
    const res = await postJson(`${server.url}/api/messages`, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-1' }] }));
    const body = (await res.json()) as ExpectedReplies;
    expect(body.activities[0]?.text).toContain('CLIP network');
  });

  it.each([
    ['non-JSON', 'this is not json', /Invalid JSON/],
    ['truncated JSON', '{"type":"message","text":"hel', /Invalid JSON/],
    ['a JSON array', '[1,2]', /the body must be a JSON object/],
    ['a missing type', activity({ type: undefined }), /activity\.type: /],
    ['a missing conversation', activity({ conversation: undefined }), /activity\.conversation: /],
    ['a conversation id of the wrong type', activity({ conversation: { id: 42 } }), /activity\.conversation\.id: /],
    ['text of the wrong type', activity({ text: { html: 'x' } }), /activity\.text: /],
    ['no serviceUrl without expectReplies', activity({ deliveryMode: undefined, serviceUrl: undefined }), /activity\.serviceUrl: serviceUrl must be an http\(s\) URL/],
  ])('refuses %s with a 400 that says what is wrong', async (_name, body, message) => {
    const res = await postJson(`${server.url}/api/messages`, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error?: string; message?: string };
    expect(json.error ?? json.message).toMatch(message);
  });

  it('refuses an empty body with a 400', async () => {
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
  });

  it('refuses a body over the size limit with a 413', async () => {
    const res = await postJson(`${server.url}/api/messages`, activity({ text: 'x'.repeat(MAX_BODY_BYTES + 1) }));
    expect(res.status).toBe(413);
  });

  it('keeps answering normal questions after bad requests', async () => {
    await postJson(`${server.url}/api/messages`, '{oops');
    const res = await postJson(`${server.url}/api/messages`, activity({ text: 'What has Vienna done?' }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as ExpectedReplies).activities[0]?.text).toContain('Vienna (Austria)');
  });
});

describe('GET /api/search', () => {
  const search = async (query: string) => {
    const res = await fetch(`${server.url}/api/search?${query}`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('returns ranked results with the documented fields', async () => {
    const { status, body } = await search('q=social%20rental%20agency%20private%20landlords&limit=3');
    expect(status).toBe(200);
    const results = body.results as Record<string, unknown>[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(Object.keys(results[0]!).sort()).toEqual(['city', 'country', 'id', 'kind', 'score', 'source', 'themes', 'title']);
    expect(results.map((r) => r.id)).toContain('turin-locare');
    expect(results.find((r) => r.id === 'turin-locare')).toMatchObject({ kind: 'practice', city: 'turin', country: 'IT', themes: ['access-to-housing', 'affordability', 'anti-discrimination'] });
    const scores = results.map((r) => r.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('filters by city and by theme', async () => {
    const byCity = await search('q=segregation&city=vienna');
    for (const r of byCity.body.results as { city: string }[]) expect(r.city).toBe('vienna');
    const byTheme = await search('q=renewal%20participation&theme=participation');
    expect((byTheme.body.results as unknown[]).length).toBeGreaterThan(0);
    for (const r of byTheme.body.results as { themes: string[] }[]) expect(r.themes).toContain('participation');
  });

  it.each([
    ['', 'q is required'],
    ['q=', 'q must not be empty'],
    [`q=${'a'.repeat(501)}`, 'q must be at most 500 characters'],
    ['q=housing&lang=xx', 'lang must be one of en, de, fr, nl, it, es, ca, sv, da, fi, hu, hr'],
    ['q=housing&city=atlantis', 'city must be one of'],
    ['q=housing&city=../../etc', 'city must be a city id such as frankfurt'],
    ['q=housing&theme=weather', 'theme must be one of'],
    ['q=housing&limit=0', 'limit must be at least 1'],
    ['q=housing&limit=abc', 'limit must be a number'],
    ['q=housing&limit=2.5', 'limit must be a whole number'],
    ['q=a&q=b', 'q must be given once'],
  ])('refuses "%s" with a 400: %s', async (query, message) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect(body.error).toContain(message);
  });
});

describe('other routes', () => {
  it('GET /healthz reports the inventory', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', cities: 20 });
  });

  it('GET /documents/:id serves the seed paper the passages cite', async () => {
    const res = await fetch(`${server.url}/documents/ozbabacan-2008-lecce`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(await res.text()).toContain('Housing, segregation and integration of migrants in the EU');
  });

  it('GET /documents/:id is a 404 for anything else', async () => {
    expect((await fetch(`${server.url}/documents/nothing`)).status).toBe(404);
    expect((await fetch(`${server.url}/documents/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});

describe('GET /api/search languages', () => {
  it('reads the query in lang when given and reports what it detected', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('Mikä on Stuttgartin integraatiosopimus?')}&lang=fi`);
    const body = (await res.json()) as { language: string; detectedLanguage: { language: string; sure: boolean } };
    expect(body.language).toBe('fi');
    expect(body.detectedLanguage).toEqual({ language: 'fi', sure: true });
  });

  it('detects the language when lang is not given', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('Wie verhindert Frankfurt die Segregation im sozialen Wohnungsbau?')}`);
    const body = (await res.json()) as { language: string };
    expect(body.language).toBe('de');
  });
});

const assistantSource = (id: string) => {
  const inventory = loadInventory(SEEDS_DIR);
  return inventory.practices.get(id)!.sources[0]!.url;
};

describe('a Finnish official without a locale', () => {
  it('asks about the Stuttgart integration pact and gets the Stuttgart practice in Finnish, with its source', async () => {
    const res = await postJson(`${server.url}/api/messages`, activity({ text: 'Mikä on Stuttgartin integraatiosopimus?', locale: undefined}));
    expect(res.status).toBe(200);
    const reply = ((await res.json()) as ExpectedReplies).activities[0]!;
    expect(reply.locale).toBe('fi');
    const card = JSON.stringify(reply.attachments?.[0]?.content);
    expect(card).toContain('Stuttgartin integraatiosopimus');
    expect(card).toContain('"lang":"fi"');
    const citation = reply.entities?.[0]?.citation[0];
    expect(citation?.appearance.keywords).toContain('Stuttgart');
    expect(citation?.appearance.url).toBe(assistantSource('stuttgart-pact-for-integration'));
  });
});
