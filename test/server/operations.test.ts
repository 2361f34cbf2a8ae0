/**
 * What an operator relies on: per-client rate limits with Retry-After on the public routes,
 * request ids, one structured log line per request with no message text unless asked for, and a
 * graceful shutdown that lets turns in flight finish.
 */
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { WriteHold } from '../helpers/gate.js';
import { activity, postJson, startServer, type RunningServer } from '../helpers/server.js';

function logCapture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { lines, logger, text: () => JSON.stringify(lines) };
}

const tight = { chat: { burst: 3, rate: 0.5 }, search: { burst: 3, rate: 0.5 }, files: { burst: 3, rate: 0.5 } };

describe('rate limits on the public routes', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({}, { rateLimits: tight, trustProxy: true });
  });
  afterAll(() => server.close());

  const page = { type: 'message', text: 'What has Vienna done?', locale: 'en', from: { id: 'u' }, conversation: { id: 'webchat-limits' } };
  const routes: [string, (client: string) => Promise<Response>][] = [
    ['GET /', (client) => fetch(`${server.url}/`, { headers: { 'x-forwarded-for': client } })],
    ['GET /webchat/client.js', (client) => fetch(`${server.url}/webchat/client.js`, { headers: { 'x-forwarded-for': client } })],
    ['GET /documents/:id', (client) => fetch(`${server.url}/documents/ozbabacan-2008-lecce`, { headers: { 'x-forwarded-for': client } })],
    ['GET /api/search', (client) => fetch(`${server.url}/api/search?q=housing`, { headers: { 'x-forwarded-for': client } })],
    ['POST /api/webchat/activities', (client) => postJson(`${server.url}/api/webchat/activities`, page, { 'x-forwarded-for': client })],
  ];

  it.each(routes)('%s: a client past its burst gets 429 with Retry-After; another client does not', async (_name, call) => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await call('203.0.113.7');
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // The proxy's own entry is the last one; what the client wrote before it does not help it.
    expect((await call('198.51.100.1, 203.0.113.7')).status).toBe(429);
    expect((await call('198.51.100.20')).status).toBe(200);
  });

  it('leaves /api/messages (authenticated Bot Framework traffic) and /healthz unthrottled', async () => {
    for (let i = 0; i < 6; i++) {
      expect((await postJson(`${server.url}/api/messages`, activity({ text: 'help' }), { 'x-forwarded-for': '203.0.113.9' })).status).toBe(200);
      expect((await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(200);
    }
  });
});

describe('request ids and logs', () => {
  const secret = 'Frankfurt housing question from Ms Example at example-street 12';

  it('gives every response a request id, keeps a plain one from the caller and replaces a hostile one', async () => {
    const server = await startServer();
    try {
      const fresh = await fetch(`${server.url}/healthz`);
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const kept = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'lb-1234.abc' } });
      expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
      const hostile = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'x\t{"level":60}'.padEnd(100, 'y') } });
      expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await server.close();
    }
  });

  it('logs one JSON line per request with its id, route, status and time, and no message text', async () => {
    const logs = logCapture();
    const server = await startServer({}, { logger: logs.logger });
    try {
      const res = await postJson(`${server.url}/api/messages`, activity({ text: secret }), { 'x-request-id': 'req-messages-1' });
      expect(res.status).toBe(200);
      await fetch(`${server.url}/api/search?q=${encodeURIComponent(secret)}`, { headers: { 'x-request-id': 'req-search-1' } });
      await postJson(`${server.url}/api/webchat/activities`, { type: 'message', text: secret, from: { id: 'u' }, conversation: { id: 'webchat-logs' } });
    } finally {
      await server.close();
    }
    const requests = logs.lines.filter((l) => l.msg === 'request');
    expect(requests).toContainEqual(expect.objectContaining({ reqId: 'req-messages-1', method: 'POST', route: '/api/messages', status: 200, ms: expect.any(Number) }));
    expect(requests).toContainEqual(expect.objectContaining({ reqId: 'req-search-1', route: '/api/search', status: 200 }));
    // Lines written while a turn runs carry its request id too.
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'activity', reqId: 'req-messages-1', textLength: secret.length }));
    expect(logs.text()).not.toContain('Ms Example');
    expect(logs.text()).not.toContain('example-street');
  });

  it('logs message texts only when LOG_MESSAGE_TEXT is on', async () => {
    const logs = logCapture();
    const server = await startServer({}, { logger: logs.logger, logMessageText: true });
    try {
      await postJson(`${server.url}/api/messages`, activity({ text: secret }));
    } finally {
      await server.close();
    }
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'activity', text: secret }));
  });
});

describe('graceful shutdown', () => {
  it('stops taking requests, lets the turn in flight finish and answer, then resolves', async () => {
    const hold = new WriteHold();
    const server = await startServer({}, { wrapStorage: (storage) => hold.wrap(storage) });
    const inFlight = postJson(`${server.url}/api/messages`, activity({ text: 'What has Vienna done?', conversation: { id: 'shutdown-1' } }));
    while (hold.entered === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(server.requests.inFlight).toBe(1);
    let stopped = false;
    const stopping = server.requests.shutdown(5000).then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    hold.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { activities: Partial<Activity>[] }).activities.at(-1)?.text).toContain('Vienna');
    await stopping;
    expect(stopped).toBe(true);
    await server.stores.close();
  });
});
