/** A DialogTestClient for the main dialog whose user and conversation state persist across turns, as in the bot. */
import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, UserState, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import type { Assistant } from '../../src/bot/assistant.js';
import { LanguageMemory } from '../../src/bot/languageMemory.js';
import { createMainDialog } from '../../src/bot/createBot.js';
import { MemoryFeedbackStore, type FeedbackStore } from '../../src/feedback/store.js';

export function mainDialogClient(assistant: Assistant, feedback: FeedbackStore = new MemoryFeedbackStore()): DialogTestClient {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const dialog = createMainDialog(assistant, new LanguageMemory(userState, conversationState), conversationState, feedback);
  return new DialogTestClient('test', dialog, undefined, [new AutoSaveStateMiddleware(userState)], conversationState);
}

export async function say(client: DialogTestClient, activity: Partial<Activity>): Promise<Partial<Activity>> {
  return (await client.sendActivity({ type: 'message', ...activity })) as Partial<Activity>;
}
