/**
 * Replies reach real channels by being posted to the activity's serviceUrl through the SDK's
 * connector client, whose serialiser would drop the citation entity (see
 * src/channel/preserveEntities.ts). This posts through that path to a stand-in channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitationEntity } from '../../src/cards/citations.js';
import { activity, postJson, startServer, type RunningServer } from '../helpers/server.js';
import { FRANKFURT_CLAIM } from '../helpers/expected.js';
import { startStandInChannel, type StandInChannel } from '../helpers/standInChannel.js';

let server: RunningServer;
let channel: StandInChannel;
beforeAll(async () => {
  server = await startServer();
  channel = await startStandInChannel();
});
afterAll(async () => {
  await server.close();
  await channel.close();
});

const fromChannel = (overrides: Record<string, unknown>) =>
  activity({ deliveryMode: undefined, serviceUrl: channel.serviceUrl, channelId: 'emulator', ...overrides });

describe('replies posted back to the channel', () => {
  it('deliver the welcome to the conversation', async () => {
    channel.received.length = 0;
    const res = await postJson(`${server.url}/api/messages`, fromChannel({ type: 'conversationUpdate', id: 'update-1', text: undefined, conversation: { id: 'conv-welcome' }, membersAdded: [{ id: 'user-1' }] }));
    expect(res.status).toBe(200);
    expect(channel.received).toHaveLength(1);
    const { path, activity: welcome } = channel.received[0]!;
    expect(path).toBe('/v3/conversations/conv-welcome/activities/update-1');
    expect(welcome.text).toContain('CLIP network');
    expect(welcome.locale).toBe('en');
    expect((welcome.suggestedActions as { actions: unknown[] }).actions.length).toBeGreaterThan(0);
  });

  it('deliver a cited answer with its citation entity, cards and locale intact', async () => {
    channel.received.length = 0;
    const res = await postJson(`${server.url}/api/messages`, fromChannel({ id: 'question-1', conversation: { id: 'conv-cited' } }));
    expect(res.status).toBe(200);
    expect(channel.received).toHaveLength(1);
    const { path, activity: reply } = channel.received[0]!;
    expect(path).toBe('/v3/conversations/conv-cited/activities/question-1');
    expect(reply.locale).toBe('en');
    const entity = (reply.entities as CitationEntity[])[0]!;
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org' });
    expect(entity.citation[0]).toMatchObject(FRANKFURT_CLAIM);
    expect(entity.citation[0]!.appearance.abstract.length).toBeGreaterThan(20);
    const card = (reply.attachments as { contentType: string; content: { body: unknown[] } }[])[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.content)).toContain('Open the source');
  });
});
