/** Wires the bot: state, the turn transaction, the dialog, and the one handler for failed turns. */
import { ActivityTypes, MemoryStorage, type ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { MainDialog } from '../dialogs/mainDialog.js';
import { AnswerLogger } from '../dialogs/answerLog.js';
import { Commands } from '../dialogs/commands.js';
import { MemoryFeedbackStore, type FeedbackStore } from '../feedback/store.js';
import { createLogger, type Logger } from '../logger.js';
import { SharedConversationState, SharedUserState } from '../state/optimisticState.js';
import { StorageUnavailableError } from '../state/resilientStorage.js';
import { ConflictError, TurnTransaction } from '../state/turnTransaction.js';
import { turnLanguage, type Assistant } from './assistant.js';
import { ClipBot } from './clipBot.js';
import { LanguageMemory } from './languageMemory.js';
import { message } from '../cards/renderAnswer.js';

export interface BotParts {
  bot: ClipBot;
  conversationState: SharedConversationState;
  userState: SharedUserState;
}

export interface BotOptions {
  storage?: Storage;
  feedback?: FeedbackStore;
  logger?: Logger;
}

export function createBot(assistant: Assistant, { storage = new MemoryStorage(), feedback = new MemoryFeedbackStore(), logger = createLogger('silent') }: BotOptions = {}): BotParts {
  const conversationState = new SharedConversationState(storage);
  const userState = new SharedUserState(storage);
  // User state holds settings a retried turn sets to the same value, so it is saved first.
  const transaction = new TurnTransaction([userState, conversationState], {
    onConflict: (attempt) => logger.info({ attempt }, 'conversation state changed meanwhile on another instance; running the turn again'),
    onEffectFailed: (error) => logger.warn({ err: error }, 'could not record feedback'),
  });
  const memory = new LanguageMemory(userState, conversationState);
  const dialog = createMainDialog(assistant, memory, conversationState, feedback);
  const bot = new ClipBot(assistant, conversationState, transaction, memory, dialog);
  return { bot, conversationState, userState };
}

export function createMainDialog(assistant: Assistant, memory: LanguageMemory, conversationState: ConversationState, feedback: FeedbackStore): MainDialog {
  const services = { assistant, memory, commands: new Commands(assistant.localizer) };
  const state = { focus: conversationState.createProperty<never>('focus'), browse: conversationState.createProperty<never>('browse') };
  return new MainDialog(services, state, new AnswerLogger(feedback));
}

const causes = (error: unknown): unknown[] => (error instanceof Error && error.cause !== undefined ? [error, ...causes(error.cause)] : [error]);

/**
 * What a failed turn does, on every adapter (set it as adapter.onTurnError): log it, leave a trace for the Emulator, and
 * apologise in the user's language. An unreachable store and a contended conversation get their
 * own apology and keep the conversation; anything else also resets it.
 */
export function turnErrorHandler(parts: BotParts, assistant: Assistant, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const all = causes(error);
    const storeDown = all.some((e) => e instanceof StorageUnavailableError);
    const contended = all.some((e) => e instanceof ConflictError);
    const where = { conversation: context.activity.conversation?.id, activityType: context.activity.type };
    if (storeDown) logger.warn({ ...where, err: error }, 'turn refused: state store unavailable');
    else if (contended) logger.warn({ ...where, err: error }, 'turn refused: conversation contended');
    else logger.error({ ...where, err: error }, 'turn failed');
    try {
      await context.sendTraceActivity('OnTurnError Trace', error.message, 'https://www.botframework.com/schemas/error', 'TurnError');
      const { ctx } = turnLanguage(assistant, { locale: context.activity.locale });
      const key = storeDown ? 'bot:errors.storageUnavailable' : contended ? 'bot:errors.busy' : 'bot:errors.turnFailed';
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity(message(ctx, ctx.t(key)));
      if (!storeDown && !contended) await parts.conversationState.delete(context);
    } catch (secondary) {
      logger.error({ err: secondary }, 'could not report the failed turn');
    }
  };
}
