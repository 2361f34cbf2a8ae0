/**
 * "Recommend": asks what challenge the city faces and a short profile of it, then shows the best
 * practices with the reasons they fit (see src/answers/recommend.ts). Every question offers its
 * options as suggested actions and also takes free text; an answer it cannot use is asked again
 * with a hint.
 */
import { ActionTypes, type CardAction } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { turnLanguage } from '../bot/assistant.js';
import type { RenderContext } from '../cards/context.js';
import { message } from '../cards/renderAnswer.js';
import { renderRecommendations } from '../cards/recommendCards.js';
import { withFeedback } from '../cards/feedbackCard.js';
import { ACTORS, THEMES, type Actor } from '../inventory/taxonomy.js';
import { fold } from '../language/analyzer.js';
import { CITY_SIZES, GROUPS, MARKETS, recommendPractices, SOCIAL_SHARES, type CityProfile } from '../answers/recommend.js';
import { cleanQuestion } from './cleanQuestion.js';
import { InterruptibleDialog, type DialogServices } from './interruptible.js';
import type { AnswerLogger } from './answerLog.js';

export const RECOMMEND_DIALOG = 'RECOMMEND_DIALOG';
const RECOMMEND_WATERFALL = 'RECOMMEND_WATERFALL';
const OPTION_PROMPT = 'RECOMMEND_OPTION_PROMPT';
const ANY = 'any';

type QuestionId = 'theme' | 'size' | 'market' | 'socialShare' | 'groups' | 'actors';

interface Option {
  id: string;
  label: string;
}

export class RecommendDialog extends InterruptibleDialog {
  constructor(
    services: DialogServices,
    private readonly log: AnswerLogger,
  ) {
    super(RECOMMEND_DIALOG, services);
    this.addDialog(new TextPrompt(OPTION_PROMPT, this.validate.bind(this)));
    this.addDialog(
      new WaterfallDialog(RECOMMEND_WATERFALL, [
        this.themeStep.bind(this),
        this.keepAndAsk('theme', 'size', 'bot:recommend.askSize'),
        this.keepAndAsk('size', 'market', 'bot:recommend.askMarket'),
        this.keepAndAsk('market', 'socialShare', 'bot:recommend.askSocialShare'),
        this.keepAndAsk('socialShare', 'groups', 'bot:recommend.askGroups'),
        this.keepAndAsk('group', 'actors', 'bot:recommend.askActors'),
        this.resultStep.bind(this),
      ]),
    );
    this.initialDialogId = RECOMMEND_WATERFALL;
  }

  private async ctx(step: { context: WaterfallStepContext['context'] }): Promise<RenderContext> {
    return turnLanguage(this.services.assistant, await this.services.memory.signals(step.context)).ctx;
  }

  private options(question: QuestionId, ctx: RenderContext): Option[] {
    const t = ctx.t;
    switch (question) {
      case 'theme':
        return THEMES.map((id) => ({ id, label: t(`taxonomy:theme.${id}`) }));
      case 'size':
        return CITY_SIZES.map((id) => ({ id, label: t(`bot:recommend.options.size.${id}`) }));
      case 'market':
        return MARKETS.map((id) => ({ id, label: t(`bot:recommend.options.market.${id}`) }));
      case 'socialShare':
        return SOCIAL_SHARES.map((id) => ({ id, label: t(`bot:recommend.options.socialShare.${id}`) }));
      case 'groups':
        return GROUPS.map((id) => ({ id, label: t(`bot:recommend.options.groups.${id}`) }));
      case 'actors':
        return [...ACTORS.map((id) => ({ id, label: t(`taxonomy:actor.${id}`) })), { id: ANY, label: t('bot:actions.any') }];
    }
  }

  private async ask(step: WaterfallStepContext, question: QuestionId, textKey: string, intro?: string) {
    const ctx = await this.ctx(step);
    const options = this.options(question, ctx);
    const actions: CardAction[] = options.map((o) => ({ type: ActionTypes.ImBack, title: o.label, value: o.label }));
    const prompt = message(ctx, [intro, ctx.t(textKey)].filter(Boolean).join('\n\n'), { actions });
    const retryPrompt = message(ctx, `${ctx.t('bot:recommend.retry')}\n\n${ctx.t(textKey)}`, { actions });
    return step.prompt(OPTION_PROMPT, { prompt, retryPrompt, validations: { question } });
  }

  /** Accepts an option's label (in the conversation's language or English), its number, or, for the theme, free text. */
  private async validate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const question = (prompt.options.validations as { question: QuestionId }).question;
    const text = cleanQuestion(prompt.recognized.value);
    if (text === '') return false;
    const ctx = turnLanguage(this.services.assistant, await this.services.memory.signals(prompt.context)).ctx;
    const options = this.options(question, ctx);
    const english = this.options(question, { ...ctx, t: this.services.assistant.localizer.t('en') });
    const normalise = (value: string) => fold(cleanQuestion(value).toLowerCase());
    const said = normalise(text);
    const number = /^\d+$/.test(said) ? Number(said) : NaN;
    const byLabel = [...options, ...english].find((o) => normalise(o.label) === said);
    let id = byLabel?.id ?? options[number - 1]?.id;
    if (id === undefined && question === 'theme') {
      const read = this.services.assistant.answerer.read(text, ctx.language);
      id = read.themes[0] ?? THEMES.find((t) => said.includes(fold(ctx.t(`taxonomy:theme.${t}`).toLowerCase())));
    }
    if (id === undefined) return false;
    prompt.recognized.value = id;
    return true;
  }

  private async themeStep(step: WaterfallStepContext) {
    const ctx = await this.ctx(step);
    profileOf(step);
    return this.ask(step, 'theme', 'bot:recommend.askTheme', ctx.t('bot:recommend.intro'));
  }

  /** A step that keeps the previous question's answer and asks the next question. */
  private keepAndAsk(previous: keyof CityProfile, next: QuestionId, textKey: string) {
    return async (step: WaterfallStepContext) => {
      Object.assign(profileOf(step), { [previous]: step.result });
      return this.ask(step, next, textKey);
    };
  }

  private async resultStep(step: WaterfallStepContext) {
    const profile = profileOf(step) as CityProfile;
    profile.actor = step.result === ANY ? undefined : (step.result as Actor);
    const ctx = await this.ctx(step);
    const { inventory } = this.services.assistant;
    const recommendations = recommendPractices(inventory, profile);
    const reply = renderRecommendations(recommendations, ctx, (id) => inventory.cities.get(id));
    const ids = recommendations.map((r) => r.practice.id);
    const answerId = await this.log.answered(step.context, `recommend ${JSON.stringify(profile)}`, ctx.language, recommendations.length > 0 ? 'recommendations' : 'noMatch', ids);
    await step.context.sendActivity(recommendations.length > 0 ? withFeedback(reply, answerId, ctx, ids) : reply);
    await this.services.memory.replied(step.context, ctx.language);
    return step.endDialog(ids);
  }
}

function profileOf(step: WaterfallStepContext): Partial<CityProfile> {
  const values = step.values as { profile?: Partial<CityProfile> };
  values.profile ??= {};
  return values.profile;
}
