import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/bot/assistant.js';
import { createBot } from '../../src/bot/createBot.js';
import { realAssistant } from '../helpers/assistant.js';

let assistant: Assistant;
beforeAll(async () => {
  assistant = await realAssistant();
});

function adapterFor() {
  const { bot } = createBot(assistant, { storage: new MemoryStorage() });
  return new TestAdapter(async (context) => bot.run(context));
}

describe('ClipBot', () => {
  it('welcomes a user who joins, with example questions, in the conversation locale', async () => {
    const adapter = adapterFor();
    const replies: Partial<Activity>[] = [];
    await adapter
      .send({
        type: ActivityTypes.ConversationUpdate,
        locale: 'en-US',
        membersAdded: [{ id: 'user', name: 'User' }],
        recipient: { id: 'bot', name: 'Bot' },
      })
      .assertReply((reply) => {
        replies.push(reply);
      });
    expect(replies[0]?.text).toContain('I know the practices that cities of the CLIP network have documented');
    expect(replies[0]?.locale).toBe('en');
    expect(replies[0]?.suggestedActions?.actions.map((a) => a.value)).toContain('How does Frankfurt avoid segregation in social housing?');
  });

  it('does not welcome itself', async () => {
    const adapter = adapterFor();
    await adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'bot', name: 'Bot' }], recipient: { id: 'bot', name: 'Bot' } })
      .assertNoReply('no welcome for the bot itself', 200);
  });

  it('answers a message', async () => {
    const adapter = adapterFor();
    await adapter.send('What has Stuttgart done?').assertReply((reply) => {
      expect(reply.text).toContain('Stuttgart (Germany)');
    });
  });
});
