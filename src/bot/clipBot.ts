/**
 * The bot: welcomes new members and hands every message to the main dialog. It knows nothing
 * of restify or the adapter, so it runs the same under the server, the terminal chat and tests.
 */
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { renderWelcome } from '../cards/help.js';
import type { MainDialog } from '../dialogs/mainDialog.js';
import type { LanguageMemory } from './languageMemory.js';
import { turnLanguage, type Assistant } from './assistant.js';

export class ClipBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    assistant: Assistant,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
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

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }
}
