/**
 * The root dialog. For now one step: recognise a command (language, help) or answer the
 * question. Later dialogs (recommend, compare, browse) start from here.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { turnLanguage, type Assistant } from '../bot/assistant.js';
import type { LanguageMemory } from '../bot/languageMemory.js';
import { renderHelp } from '../cards/help.js';
import { message, renderAnswer } from '../cards/renderAnswer.js';
import { isCommand } from './commands.js';
import { LanguageChooser } from './languageChoice.js';

export const MAIN_DIALOG = 'MAIN_DIALOG';
const MAIN_WATERFALL = 'MAIN_WATERFALL';

/** Questions longer than this are cut: no housing question needs more, and it bounds the work. */
export const MAX_QUESTION_LENGTH = 500;

export class MainDialog extends ComponentDialog {
  private readonly chooser: LanguageChooser;

  constructor(
    private readonly assistant: Assistant,
    private readonly memory: LanguageMemory,
  ) {
    super(MAIN_DIALOG);
    this.chooser = new LanguageChooser(assistant.localizer);
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
    const context = step.context;
    const text = cleanQuestion(context.activity.text);
    const signals = await this.memory.signals(context);

    const chosen = this.chooser.choice(text, context.activity.value);
    if (chosen !== undefined) {
      await this.memory.choose(context, chosen);
      const ctx = turnLanguage(this.assistant, { ...signals, choice: chosen }).ctx;
      await context.sendActivity(message(ctx, ctx.t('bot:language.set')));
      await this.memory.replied(context, ctx.language);
      return step.endDialog();
    }

    const turn = turnLanguage(this.assistant, signals, text);
    if (this.chooser.isRequest(text)) {
      await context.sendActivity(this.chooser.renderPicker(turn.ctx));
    } else if (isCommand(text, 'help', this.assistant.localizer)) {
      await context.sendActivity(renderHelp(this.assistant.inventory, turn.ctx));
    } else {
      const answer = this.assistant.answerer.answer(text, turn.understand);
      await context.sendActivity(renderAnswer(answer, turn.ctx));
    }
    await this.memory.replied(context, turn.ctx.language);
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

