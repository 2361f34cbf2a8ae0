/**
 * The turn transaction on its own, over one MemoryStorage shared by two bots (two "instances"):
 * a turn that loses the race runs again, its discarded run is neither heard nor recorded, and a
 * turn that keeps losing ends in an apology instead of overwriting the other.
 */
import { randomUUID } from 'node:crypto';
import { MemoryStorage, type Activity, type Storage } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import { createBot, turnErrorHandler } from '../../src/bot/createBot.js';
import { InProcessAdapter } from '../../src/bot/inProcessAdapter.js';
import { MemoryFeedbackStore } from '../../src/feedback/store.js';
import { eTagConflict } from '../../src/state/optimisticState.js';
import { realAssistant } from '../helpers/assistant.js';
import { RaceGate } from '../helpers/gate.js';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await realAssistant();
});

function instance(storage: Storage, feedback: MemoryFeedbackStore) {
  const parts = createBot(assistant, { storage, feedback });
  const adapter = new InProcessAdapter();
  adapter.onTurnError = turnErrorHandler(parts, assistant, silent);
  return (conversation: string, text: string, locale = 'en') =>
    adapter.turn(
      { type: 'message', id: randomUUID(), text, locale, channelId: 'test', serviceUrl: 'inproc:test', conversation: { id: conversation }, from: { id: 'user' }, recipient: { id: 'bot' } } as Activity,
      (context) => parts.bot.run(context),
    );
}

const silent = { info() {}, warn() {}, error() {}, debug() {} } as never;

describe('a turn that loses the race for its conversation', () => {
  it('runs again on the winner’s state; only the committed run is heard and recorded', async () => {
    const conversation = `race-${randomUUID()}`;
    const shared = new MemoryStorage();
    const gate = new RaceGate(new RegExp(`/conversations/${conversation}/?$`), 2);
    const feedback = new MemoryFeedbackStore();
    const a = instance(gate.wrap(shared), feedback);
    const b = instance(gate.wrap(shared), feedback);
    gate.arm();
    const [first, second] = await Promise.all([a(conversation, 'What has Vienna done?'), b(conversation, 'What has Frankfurt done?')]);
    expect(first.filter((r) => r.type === 'message')).toHaveLength(1);
    expect(second.filter((r) => r.type === 'message')).toHaveLength(1);
    expect(gate.writes).toBeGreaterThanOrEqual(3);
    const answers = feedback.events.filter((e) => e.type === 'answer');
    // One of the two ran twice, but each committed turn is recorded once.
    expect(answers.map((e) => e.recordIds[0]).sort()).toEqual(['city:frankfurt', 'city:vienna']);
  });

  it('ends in the "busy" apology, in the user’s language, when it keeps losing', async () => {
    const memory = new MemoryStorage();
    const contended: Storage = {
      read: (keys) => memory.read(keys),
      write: async (changes) => {
        const conversationKey = Object.keys(changes).find((k) => k.includes('/conversations/'));
        if (conversationKey) throw eTagConflict(conversationKey);
        return memory.write(changes);
      },
      delete: (keys) => memory.delete(keys),
    };
    const feedback = new MemoryFeedbackStore();
    const replies = await instance(contended, feedback)(`busy-${randomUUID()}`, 'Was hat Wien gemacht?', 'de');
    expect(replies.filter((r) => r.type === 'message').map((r) => r.text)).toEqual([assistant.localizer.t('de')('bot:errors.busy')]);
    expect(feedback.events).toEqual([]);
  });
});
