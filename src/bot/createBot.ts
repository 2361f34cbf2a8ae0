/** Wires the bot: state, dialog, and the adapter's one catch-all for failed turns. */
import {
  ActivityTypes,
  ConversationState,
  MemoryStorage,
  UserState,
  type CloudAdapter,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.js';
import { AnswerLogger } from '../dialogs/answerLog.js';
import { Commands } from '../dialogs/commands.js';
import { MemoryFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import type { Logger } from '../logger.js';
import { turnLanguage, type Assistant } from './assistant.js';
import { ClipBot } from './clipBot.js';
import { LanguageMemory } from './languageMemory.js';
import { message } from '../cards/renderAnswer.js';

export interface BotParts {
  bot: ClipBot;
  conversationState: ConversationState;
  userState: UserState;
}

export function createBot(assistant: Assistant, storage: Storage = new MemoryStorage(), feedback: FeedbackStore = new MemoryFeedbackStore()): BotParts {
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const memory = new LanguageMemory(userState, conversationState);
  const dialog = createMainDialog(assistant, memory, conversationState, feedback);
  const bot = new ClipBot(assistant, conversationState, userState, memory, dialog);
  return { bot, conversationState, userState };
}

export function createMainDialog(assistant: Assistant, memory: LanguageMemory, conversationState: ConversationState, feedback: FeedbackStore): MainDialog {
  const services = { assistant, memory, commands: new Commands(assistant.localizer) };
  const state = { focus: conversationState.createProperty<never>('focus'), browse: conversationState.createProperty<never>('browse') };
  return new MainDialog(services, state, new AnswerLogger(feedback));
}

/** Log, leave a trace for the Emulator, apologise in the user's language, and reset the conversation. */
export function installTurnErrorHandler(adapter: CloudAdapter, parts: BotParts, assistant: Assistant, logger: Logger): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: error, conversation: context.activity.conversation?.id, activityType: context.activity.type }, 'turn failed');
    try {
      await context.sendTraceActivity('OnTurnError Trace', error.message, 'https://www.botframework.com/schemas/error', 'TurnError');
      const { ctx } = turnLanguage(assistant, { locale: context.activity.locale });
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(message(ctx, ctx.t('bot:errors.turnFailed')));
      await parts.conversationState.delete(context);
    } catch (secondary) {
      logger.error({ err: secondary }, 'could not report the failed turn');
    }
  };
}
