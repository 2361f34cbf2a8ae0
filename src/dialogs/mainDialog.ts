/**
 * The root dialog: recognises what the user wants and answers, or starts a guided dialog.
 *   card buttons   language choice, feedback, compare these, browse paging and filters
 *   commands       language, help, cancel, start over, recommend, compare …, browse …, next,
 *                  tell me more, none of these, and follow-ups ("and in Turin?")
 *   anything else  a question for the inventory
 * The city, theme and question in focus are kept in conversation state for follow-ups.
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
import { turnLanguage, type TurnLanguage } from '../bot/assistant.js';
import type { Answer } from '../answers/answer.js';
import { browse, BrowseReader, FILTER_KEYS, type BrowseFilters } from '../answers/browse.js';
import { comparisonOfPractices, resolveComparison, type Comparison } from '../answers/compare.js';
import type { ReadQuestion } from '../answers/readQuestion.js';
import { renderBrowsePage } from '../cards/browseCard.js';
import { comparisonCitations, renderCompareCard } from '../cards/compareCard.js';
import { withFeedback } from '../cards/feedbackCard.js';
import { renderHelp, renderWelcome } from '../cards/help.js';
import { message, renderAnswerCached } from '../cards/renderAnswer.js';
import { rankCityPractices } from '../answers/rankCityPractices.js';
import type { AnswerLogger } from './answerLog.js';
import { readClipAction } from './clipActions.js';
import type { DialogServices } from './interruptible.js';
import { cleanQuestion } from './cleanQuestion.js';
import { LanguageChooser } from './languageChoice.js';
import { RecommendDialog, RECOMMEND_DIALOG } from './recommendDialog.js';

export const MAIN_DIALOG = 'MAIN_DIALOG';
const MAIN_WATERFALL = 'MAIN_WATERFALL';

export { cleanQuestion, MAX_QUESTION_LENGTH } from './cleanQuestion.js';

/** What the conversation is about, for follow-ups. */
interface Focus {
  question?: ReadQuestion | undefined;
  /** How many findings of that question have been shown. */
  shown?: number | undefined;
}

interface BrowseState {
  filters: BrowseFilters;
  page: number;
}

export interface MainDialogState {
  focus: StatePropertyAccessor<Focus>;
  browse: StatePropertyAccessor<BrowseState>;
}

/**
 * Not itself interruptible: a parent dialog sees a turn before its child, so cancel, help and
 * start over inside the recommend dialog are that dialog's to handle; between dialogs they are
 * ordinary commands of this one.
 */
export class MainDialog extends ComponentDialog {
  private readonly chooser: LanguageChooser;
  private readonly browseReader: BrowseReader;

  constructor(
    private readonly services: DialogServices,
    private readonly state: MainDialogState,
    private readonly log: AnswerLogger,
  ) {
    super(MAIN_DIALOG);
    this.chooser = new LanguageChooser(services.assistant.localizer);
    this.browseReader = new BrowseReader(services.assistant.localizer);
    this.addDialog(new RecommendDialog(services, log));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.routeStep.bind(this), this.finishStep.bind(this)]));
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

  private async routeStep(step: WaterfallStepContext) {
    const context = step.context;
    const { assistant, memory, commands } = this.services;
    const text = cleanQuestion(context.activity.text);
    const signals = await memory.signals(context);
    const action = readClipAction(context.activity.value);

    const chosen = this.chooser.choice(text, context.activity.value);
    if (chosen !== undefined) {
      await memory.choose(context, chosen);
      const { ctx } = turnLanguage(assistant, { ...signals, choice: chosen });
      return this.reply(step, message(ctx, ctx.t('bot:language.set')), ctx.language);
    }

    const turn = turnLanguage(assistant, signals, action ? undefined : text);
    const { ctx } = turn;
    if (action?.clipAction === 'feedback') {
      await this.log.rated(context, action.answerId, action.rating);
      return this.reply(step, message(ctx, ctx.t('bot:feedback.thanks')), ctx.language);
    }
    if (action?.clipAction === 'compare') return this.compare(step, turn, comparisonOfPractices(action.practiceIds, assistant.inventory));
    if (action?.clipAction === 'browse') return this.browse(step, turn, action.remove, action.page);

    if (this.chooser.isRequest(text)) return this.reply(step, this.chooser.renderPicker(ctx), ctx.language);
    if (commands.is(text, 'help')) return this.reply(step, renderHelp(assistant.inventory, ctx), ctx.language);
    if (commands.is(text, 'cancel')) return this.reply(step, message(ctx, ctx.t('bot:dialog.cancelled')), ctx.language);
    if (commands.is(text, 'startOver')) {
      await this.state.focus.set(context, {});
      await this.state.browse.delete(context);
      await context.sendActivity(message(ctx, ctx.t('bot:dialog.restarted')));
      return this.reply(step, renderWelcome(ctx), ctx.language);
    }
    if (commands.is(text, 'none')) return this.reply(step, message(ctx, ctx.t('bot:clarify.noneReply')), ctx.language);
    if (commands.is(text, 'recommend')) return step.beginDialog(RECOMMEND_DIALOG);
    if (commands.is(text, 'next')) {
      const current = await this.state.browse.get(context);
      if (current) return this.browse(step, turn, undefined, current.page + 1);
    }
    if (commands.is(text, 'more')) return this.more(step, turn);

    const compareRest = commands.rest(text, 'compare');
    if (compareRest !== undefined) {
      const comparison = compareRest === '' ? undefined : resolveComparison(compareRest, turn.understand, assistant.answerer, assistant.inventory);
      return this.compare(step, turn, comparison);
    }
    const browseRest = commands.rest(text, 'browse');
    if (browseRest !== undefined) {
      const filters = this.browseReader.read(browseRest, turn.understand, assistant.answerer);
      await this.state.browse.set(context, { filters, page: 1 });
      return this.browse(step, turn);
    }
    const followUp = await this.followUp(step, turn, text);
    if (followUp) return followUp;

    const question = assistant.answerer.read(text, turn.understand);
    return this.answer(step, turn, question, 0);
  }

  private async finishStep(step: WaterfallStepContext) {
    return step.endDialog();
  }

  private async reply(step: WaterfallStepContext, reply: Parameters<TurnContext['sendActivity']>[0], language: TurnLanguage['ctx']['language']) {
    await step.context.sendActivity(reply);
    await this.services.memory.replied(step.context, language);
    return step.endDialog();
  }

  private async answer(step: WaterfallStepContext, turn: TurnLanguage, question: ReadQuestion, offset: number, answered?: Answer) {
    const answer = answered ?? this.services.assistant.answerer.answerQuestion(question, { offset });
    const ids = recordIds(answer);
    const answerId = await this.log.answered(step.context, question.text, turn.ctx.language, answer.kind, ids);
    const reply = renderAnswerCached(answer, turn.ctx);
    await this.state.focus.set(step.context, answer.kind === 'findings' || answer.kind === 'cityProfile' ? { question, shown: offset + ids.length } : {});
    return this.reply(step, ids.length > 0 ? withFeedback(reply, answerId, turn.ctx) : reply, turn.ctx.language);
  }

  /** "and in Turin?": the previous question again, for the city now named. */
  private async followUp(step: WaterfallStepContext, turn: TurnLanguage, text: string) {
    const rest = this.services.commands.rest(text, 'followUp');
    if (rest === undefined || rest === '') return undefined;
    const focus = await this.state.focus.get(step.context, {});
    const named = this.services.assistant.answerer.read(rest, turn.understand);
    if (!focus.question || named.cityIds.length === 0 || named.contentWords.length > 0) return undefined;
    return this.answer(step, turn, { ...focus.question, cityIds: named.cityIds }, 0);
  }

  /** "tell me more": the next findings of the question in focus, or the city's profile. */
  private async more(step: WaterfallStepContext, turn: TurnLanguage) {
    const focus = await this.state.focus.get(step.context, {});
    if (!focus.question) return this.reply(step, message(turn.ctx, turn.ctx.t('bot:dialog.nothingInFocus')), turn.ctx.language);
    const next = this.services.assistant.answerer.answerQuestion(focus.question, { offset: focus.shown ?? 0 });
    if (next.kind === 'findings') return this.answer(step, turn, focus.question, focus.shown ?? 0, next);
    const city = focus.question.cityIds[0];
    if (city) return this.answer(step, turn, { ...focus.question, words: [], contentWords: [], conceptIds: [], themes: [] }, 0);
    return this.reply(step, message(turn.ctx, turn.ctx.t('bot:browse.noMore')), turn.ctx.language);
  }

  private async compare(step: WaterfallStepContext, turn: TurnLanguage, comparison: Comparison | undefined) {
    const { ctx } = turn;
    if (!comparison) return this.reply(step, message(ctx, ctx.t('bot:compare.needTwo')), ctx.language);
    const { inventory } = this.services.assistant;
    const practicesOf = (city: { practiceIds: string[] }) => rankCityPractices(city.practiceIds.map((id) => inventory.practices.get(id)!));
    const card = renderCompareCard(comparison, practicesOf, ctx);
    const citations = comparisonCitations(comparison, ctx);
    const ids = comparison.kind === 'cities' ? comparison.cities.map((c) => `city:${c.id}`) : comparison.practices.map((p) => p.practice.id);
    const answerId = await this.log.answered(step.context, 'compare', ctx.language, 'compare', ids);
    const lines = citations.map((c, i) => `${i + 1}. ${c.name} [${i + 1}]`);
    return this.reply(step, withFeedback(message(ctx, [ctx.t('bot:compare.intro'), ...lines].join('\n\n'), { cards: [card], citations }), answerId, ctx), ctx.language);
  }

  private async browse(step: WaterfallStepContext, turn: TurnLanguage, remove?: string, page?: number) {
    const { inventory } = this.services.assistant;
    const current = (await this.state.browse.get(step.context)) ?? { filters: {}, page: 1 };
    let filters = { ...current.filters };
    if (remove === 'all') filters = {};
    else if (remove && (FILTER_KEYS as readonly string[]).includes(remove)) delete filters[remove as keyof BrowseFilters];
    const result = browse(inventory, filters, page ?? (remove ? 1 : current.page));
    if (page !== undefined && page > result.pages) return this.reply(step, message(turn.ctx, turn.ctx.t('bot:browse.noMore')), turn.ctx.language);
    await this.state.browse.set(step.context, { filters, page: result.page });
    return this.reply(step, renderBrowsePage(result, filters, turn.ctx, (id) => inventory.cities.get(id)), turn.ctx.language);
  }
}

function recordIds(answer: Answer): string[] {
  switch (answer.kind) {
    case 'findings':
      return answer.findings.map((f) => (f.kind === 'practice' ? f.practice.id : f.passage.id));
    case 'cityProfile':
      return [`city:${answer.city.id}`];
    case 'cityGap':
      return answer.related.map((f) => (f.kind === 'practice' ? f.practice.id : f.passage.id));
    default:
      return [];
  }
}

