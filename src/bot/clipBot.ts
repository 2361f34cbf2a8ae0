/**
 * The bot: welcomes new members and hands every message to the main dialog. It knows nothing
 * of restify or the adapter, so it runs the same under the server, the terminal chat and tests.
 */
import { ActivityHandler, type ConversationState, type StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { renderWelcome } from '../cards/help.js';
import type { MainDialog } from '../dialogs/mainDialog.js';
import type { LanguageMemory } from './languageMemory.js';
import { turnLanguage, type Assistant } from './assistant.js';
import type { TurnTransaction } from '../state/turnTransaction.js';

export class ClipBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    assistant: Assistant,
    conversationState: ConversationState,
    private readonly transaction: TurnTransaction,
    memory: LanguageMemory,
    dialog: MainDialog,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('DialogState');

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (newcomers.length > 0) {
        const { ctx } = turnLanguage(assistant, await memory.signals(context));
        await context.sendActivity(renderWelcome(ctx));
        await memory.replied(context, ctx.language);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await dialog.run(context, this.dialogState);
      await next();
    });
  }

  /** The turn, then its state saved with the ETags it was read with; see TurnTransaction. */
  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await this.transaction.run(context, () => super.run(context));
  }
}
