/**
 * The root dialog. For now one step: recognise a command (help) or answer the question. Later
 * dialogs (recommend, compare, browse) start from here.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';
import { turnLanguage, type Assistant } from '../bot/assistant.js';
import { renderAnswer } from '../cards/renderAnswer.js';
import { renderHelp } from '../cards/help.js';
import { isCommand } from './commands.js';

export const MAIN_DIALOG = 'MAIN_DIALOG';
const MAIN_WATERFALL = 'MAIN_WATERFALL';

/** Questions longer than this are cut: no housing question needs more, and it bounds the work. */
export const MAX_QUESTION_LENGTH = 500;

export class MainDialog extends ComponentDialog {
  constructor(private readonly assistant: Assistant) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.answerStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /** Runs the dialog for one turn, continuing an active dialog or starting this one. */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogSet = new DialogSet(accessor);
    dialogSet.add(this);
    const dialogContext = await dialogSet.createContext(context);
    const result = await dialogContext.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialogContext.beginDialog(this.id);
  }

  private async answerStep(step: WaterfallStepContext) {
    const activity = step.context.activity;
    const { understand, ctx } = turnLanguage(this.assistant, activity.locale);
    const text = cleanQuestion(activity.text);
    if (isCommand(text, 'help', ctx.t)) {
      await step.context.sendActivity(renderHelp(this.assistant.inventory, ctx));
    } else {
      const answer = this.assistant.answerer.answer(text, understand);
      await step.context.sendActivity(renderAnswer(answer, ctx));
    }
    return step.endDialog();
  }
}

/** Drops control characters and cuts overlong input; what is left is only ever searched, never echoed. */
export function cleanQuestion(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}
