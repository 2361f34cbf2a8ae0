import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageActivity, postJson, startServer, type RunningServer } from '../helpers/server.js';
import { realAssistant } from '../helpers/assistant.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());


describe('GET /', () => {
  it('serves the chat page with a labelled language picker for every interface language', async () => {
    const assistant = await realAssistant();
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('<label for="language" id="language-label">Language</label>');
    for (const language of assistant.localizer.languages) expect(html).toContain(`<option value="${language}"`);
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).toContain('role="region"');
  });

  it('serves the page in the language asked for, and ignores a garbage one', async () => {
    expect(await (await fetch(`${server.url}/?lang=fr`)).text()).toContain('<html lang="fr">');
    expect(await (await fetch(`${server.url}/?lang=../../etc/passwd`)).text()).toContain('<html lang="en">');
  });

  it('serves Web Chat from the package, not a CDN', async () => {
    const res = await fetch(`${server.url}/webchat/webchat.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect((await res.text()).length).toBeGreaterThan(1_000_000);
  });
});

describe('POST /api/webchat/activities', () => {
  it('runs the turn through the bot and returns its replies', async () => {
    const res = await postJson(`${server.url}/api/webchat/activities`, pageActivity());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { text: string; from: { role: string } }[] };
    expect(body.activities[0]?.text).toContain('Vienna (Austria)');
    expect(body.activities[0]?.from.role).toBe('bot');
  });

  it.each([
    ['no conversation', pageActivity({ conversation: undefined }), /activity\.conversation/],
    ['a conversation id from elsewhere', pageActivity({ conversation: { id: '../x' } }), /must be a page conversation id/],
    ['an activity type the page never sends', pageActivity({ type: 'invoke' }), /activity\.type/],
    ['no sender', pageActivity({ from: undefined }), /activity\.from/],
  ])('refuses %s with a 400', async (_name, body, message) => {
    const res = await postJson(`${server.url}/api/webchat/activities`, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(message);
  });

  it('limits how fast one client may send', async () => {
    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await postJson(`${server.url}/api/webchat/activities`, pageActivity({ text: 'help', conversation: { id: 'webchat-burst' } }));
      statuses.push(res.status);
      if (res.status === 429) retryAfter.push(res.headers.get('retry-after'));
      await res.arrayBuffer();
    }
    expect(statuses).toContain(429);
    expect(new Set(retryAfter)).toEqual(new Set(['1']));
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(15);
  });
});

describe('POST /api/messages with MicrosoftAppId set', () => {
  let secured: RunningServer;
  beforeAll(async () => {
    secured = await startServer({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
  });
  afterAll(() => secured.close());

  it('refuses a request without a valid token with a 401', async () => {
    const res = await postJson(`${secured.url}/api/messages`, {
      type: 'message',
      text: 'hello',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: 'c' },
      from: { id: 'u' },
      recipient: { id: 'b' },
    });
    expect(res.status).toBe(401);
  });
});
