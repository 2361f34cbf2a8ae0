/**
 * A component dialog that can be interrupted at any step: help shows the help and asks the
 * current question again; cancel ends the dialog; start over begins it anew. The words come from
 * locales (bot:commands.help/cancel/startOver), in every language.
 */
import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { turnLanguage, type Assistant } from '../bot/assistant.js';
import type { LanguageMemory } from '../bot/languageMemory.js';
import { renderHelp } from '../cards/help.js';
import { message } from '../cards/renderAnswer.js';
import type { Commands } from './commands.js';

export interface DialogServices {
  assistant: Assistant;
  memory: LanguageMemory;
  commands: Commands;
}

export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: DialogServices,
  ) {
    super(id);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(inner)) ?? super.onContinueDialog(inner);
  }

  private async interrupt(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const text = inner.context.activity.text;
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    const { commands, assistant, memory } = this.services;
    const { ctx } = turnLanguage(assistant, await memory.signals(inner.context));
    if (commands.is(text, 'cancel')) {
      await inner.context.sendActivity(message(ctx, ctx.t('bot:dialog.cancelled')));
      return inner.cancelAllDialogs();
    }
    if (commands.is(text, 'help')) {
      await inner.context.sendActivity(renderHelp(assistant.inventory, ctx));
      await inner.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (commands.is(text, 'startOver')) {
      await inner.context.sendActivity(message(ctx, ctx.t('bot:dialog.restarted')));
      await inner.cancelAllDialogs();
      return inner.beginDialog(this.initialDialogId);
    }
    return undefined;
  }
}
