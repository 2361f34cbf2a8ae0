/**
 * Two instances of the assistant on one Azure Blob store (Azurite): a guided conversation whose
 * turns alternate between them, an instance stopped mid-dialog, two turns of one conversation at
 * the same moment, feedback from both in one place, and the store going away and coming back.
 */
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import { BlobFeedbackStore } from '../../src/feedback/blobStore.js';
import { buildReport } from '../../src/feedback/store.js';
import type { Language } from '../../src/inventory/taxonomy.js';
import { BlobStateStorage } from '../../src/state/blobStateStorage.js';
import { CREATE_ONLY, isETagConflict } from '../../src/state/optimisticState.js';
import { realAssistant } from '../helpers/assistant.js';
import { startAzurite, connectionStringFor, type Azurite } from '../helpers/azurite.js';
import { RaceGate } from '../helpers/gate.js';
import { activity, postJson, startServer, type RunningServer } from '../helpers/server.js';
import { startTcpProxy } from '../helpers/tcpProxy.js';

let azurite: Azurite;
let assistant: Assistant;
const t = (language: Language) => assistant.localizer.t(language);
beforeAll(async () => {
  [azurite, assistant] = await Promise.all([startAzurite(), realAssistant()]);
}, 30_000);
afterAll(async () => azurite?.stop());

const container = () => `test-${randomUUID().slice(0, 8)}`;

async function say(instance: RunningServer, conversation: string, text: string, locale = 'en'): Promise<Partial<Activity>[]> {
  const res = await postJson(`${instance.url}/api/messages`, activity({ id: randomUUID(), text, locale, conversation: { id: conversation }, from: { id: `user-${conversation}` } }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
}

const firstChoice = (replies: Partial<Activity>[]) => String(replies.at(-1)?.suggestedActions?.actions[0]?.value);
/** What the user sees, without the random ids feedback buttons carry. */
const visible = (replies: Partial<Activity>[]) => JSON.stringify(replies.map((r) => [r.text, r.suggestedActions, r.attachments, r.entities])).replace(/"answerId":"[^"]+"/g, '');

/** The recommend dialog, taking the first offered choice each time, on instances in turn. */
async function recommend(instances: RunningServer[], conversation: string, language: Language) {
  const transcript: Partial<Activity>[][] = [];
  let replies = await say(instances[0]!, conversation, t(language)('bot:commands.recommend.0'), language);
  transcript.push(replies);
  for (let step = 1; step <= 6; step++) {
    replies = await say(instances[step % instances.length]!, conversation, firstChoice(replies), language);
    transcript.push(replies);
  }
  return transcript;
}

describe('two instances on one Azure Blob store', () => {
  let a: RunningServer;
  let b: RunningServer;
  let single: RunningServer;
  const azure = { connectionString: '', container: container() };
  beforeAll(async () => {
    azure.connectionString = azurite.connectionString;
    [a, b, single] = await Promise.all([startServer({}, { azure }), startServer({}, { azure }), startServer()]);
  });
  afterAll(async () => Promise.all([a, b, single].map((s) => s?.close())));

  it('carry a guided conversation whose turns alternate between them, exactly as one instance does', async () => {
    const alternating = await recommend([a, b], `alt-${randomUUID()}`, 'de');
    const alone = await recommend([single], `one-${randomUUID()}`, 'de');
    expect(alternating.map(visible)).toEqual(alone.map(visible));
    const last = alternating.at(-1)!.at(-1)!;
    expect(last.locale).toBe('de');
    expect((last.entities?.[0] as { citation?: unknown[] }).citation?.length).toBeGreaterThanOrEqual(3);
  });

  it('lose nothing when the instance holding a dialog stops in the middle of it', async () => {
    const conversation = `stop-${randomUUID()}`;
    const doomed = await startServer({}, { azure });
    let replies = await say(doomed, conversation, t('fr')('bot:commands.recommend.0'), 'fr');
    replies = await say(doomed, conversation, firstChoice(replies), 'fr');
    expect(replies.at(-1)?.text).toContain(t('fr')('bot:recommend.askSize'));
    await doomed.close();
    replies = await say(b, conversation, firstChoice(replies), 'fr');
    expect(replies.at(-1)?.text).toContain(t('fr')('bot:recommend.askMarket'));
  });

  it('keep both of two turns of one conversation that arrive at the same moment, one after the other', async () => {
    const conversation = `race-${randomUUID()}`;
    const gate = new RaceGate(new RegExp(`/conversations/${conversation}/?$`), 2);
    const [racerA, racerB] = await Promise.all([startServer({}, { azure, wrapStorage: (s) => gate.wrap(s) }), startServer({}, { azure, wrapStorage: (s) => gate.wrap(s) })]);
    try {
      await say(racerA, conversation, t('en')('bot:commands.recommend.0'));
      await say(racerB, conversation, '1'); // theme → the size question
      gate.arm();
      // Both answer "1" at once: one answers the size question, the other the market question.
      const [first, second] = await Promise.all([say(racerA, conversation, '1'), say(racerB, conversation, '1')]);
      const asked = [first, second].map((r) => r.at(-1)?.text ?? '');
      expect(asked.filter((q) => q.includes(t('en')('bot:recommend.askMarket')))).toHaveLength(1);
      expect(asked.filter((q) => q.includes(t('en')('bot:recommend.askSocialShare')))).toHaveLength(1);
      const next = await say(racerA, conversation, '1');
      expect(next.at(-1)?.text).toContain(t('en')('bot:recommend.askGroups'));
    } finally {
      await Promise.all([racerA.close(), racerB.close()]);
    }
  });

  it('write feedback from both into the same container, where the report reads it', async () => {
    const feedbackContainer = container();
    const [x, y] = await Promise.all([startServer({}, { azure: { ...azure, container: feedbackContainer } }), startServer({}, { azure: { ...azure, container: feedbackContainer } })]);
    try {
      await say(x, `fb-${randomUUID()}`, 'What has Vienna done?');
      await say(y, `fb-${randomUUID()}`, 'What has Vienna done?');
      await say(y, `fb-${randomUUID()}`, 'Wie backe ich ein gutes Brot?', 'de');
      const events = await new BlobFeedbackStore(azurite.connectionString, feedbackContainer).all();
      expect(events.filter((e) => e.type === 'answer')).toHaveLength(3);
      const report = buildReport(events);
      expect(report.mostAsked[0]).toEqual({ question: 'What has Vienna done?', count: 2 });
      expect(report.unanswered.map((q) => q.question)).toContain('Wie backe ich ein gutes Brot?');
    } finally {
      await Promise.all([x.close(), y.close()]);
    }
  });
});

describe('BlobStateStorage', () => {
  const storage = () => new BlobStateStorage(azurite.connectionString, 'storage-test');

  it('refuses a write with an out-of-date ETag as an eTag conflict', async () => {
    const store = storage();
    await store.write({ item: { value: 'first', eTag: '*' } });
    const { item } = await store.read(['item']);
    await store.write({ item: { value: 'second', eTag: item!.eTag } });
    const error = await store.write({ item: { value: 'stale', eTag: item!.eTag } }).catch((e: unknown) => e);
    expect(isETagConflict(error)).toBe(true);
    expect((await store.read(['item'])).item).toMatchObject({ value: 'second' });
  });

  it('creates a new item only once when two writers create it at the same time', async () => {
    const key = `new-${randomUUID()}`;
    const results = await Promise.allSettled([storage().write({ [key]: { by: 'a', eTag: CREATE_ONLY } }), storage().write({ [key]: { by: 'b', eTag: CREATE_ONLY } })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isETagConflict(rejected.reason)).toBe(true);
  });

  it('keeps texts in every script intact', async () => {
    const store = storage();
    const text = 'Göteborg, Malmö, Wrocław, Zagreb: „Stadtteil“ ✓';
    await store.write({ texts: { text, eTag: '*' } });
    expect((await store.read(['texts'])).texts).toMatchObject({ text });
  });
});

describe('with the store unreachable', () => {
  it('apologises in the user’s language without a 5xx, and recovers by itself when the store returns', async () => {
    const proxy = await startTcpProxy(azurite.port);
    const instance = await startServer({}, { azure: { connectionString: connectionStringFor(proxy.port), container: container() }, breaker: { timeoutMs: 1500, resetMs: 300 } });
    try {
      const conversation = `outage-${randomUUID()}`;
      expect((await say(instance, conversation, 'What has Vienna done?')).at(-1)?.text).toContain('Vienna');
      await proxy.cut();
      const health = async () => ((await (await fetch(`${instance.url}/healthz`)).json()) as { storage: { available: boolean } }).storage;
      for (const [text, locale] of [['What has Vienna done?', 'en'], ['Was hat Wien gemacht?', 'de'], ['Mitä Wien on tehnyt?', 'fi'], ['Hva har Wien gjort?', 'da']] as const) {
        const replies = await say(instance, conversation, text, locale);
        expect(replies.map((r) => r.text)).toEqual([t(locale)('bot:errors.storageUnavailable')]);
      }
      expect(await health()).toEqual({ kind: expect.stringMatching(/^azure-blob:test-/), available: false });
      const page = await postJson(`${instance.url}/api/webchat/activities`, { type: 'message', text: 'Hello', locale: 'it', from: { id: 'u' }, conversation: { id: 'webchat-outage' } });
      expect(page.status).toBe(200);
      expect(((await page.json()) as { activities: Partial<Activity>[] }).activities.map((r) => r.text)).toEqual([t('it')('bot:errors.storageUnavailable')]);
      await proxy.restore();
      let recovered = '';
      for (let attempt = 0; attempt < 40 && !recovered.includes('Vienna'); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        recovered = (await say(instance, conversation, 'What has Vienna done?')).at(-1)?.text ?? '';
      }
      expect(recovered).toContain('Vienna');
      expect((await health()).available).toBe(true);
    } finally {
      await instance.close();
      await proxy.close();
    }
  }, 30_000);
});
