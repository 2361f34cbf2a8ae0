/**
 * Turns an Answer into the message activity the bot sends: a short text with [n] markers, one
 * card per finding, the citation entity, and suggested follow-ups. Every reply sets `locale`.
 */
import { ActionTypes, ActivityTypes, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { Answer, Finding } from '../answers/answer.js';
import type { City, Practice } from '../inventory/types.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './adaptive.js';
import { renderCityCard } from './cityCard.js';
import { citationEntity, type Citation } from './citations.js';
import { passageSources, type RenderContext } from './context.js';
import { cityName, pick, textIn } from './localize.js';
import { passageAbstract, renderPassageCard } from './passageCard.js';
import { renderPracticeCard } from './practiceCard.js';

export type Reply = Partial<Activity>;

const MAX_CLARIFY_CHOICES = 4;

const rendered = new WeakMap<Answer, Map<string, Reply>>();

/**
 * renderAnswer, kept with the answer for each reply language (answers themselves are remembered by
 * the Answerer). Replies are never modified after rendering: feedback buttons are added to a copy.
 */
export function renderAnswerCached(answer: Answer, ctx: RenderContext): Reply {
  let byLanguage = rendered.get(answer);
  if (!byLanguage) rendered.set(answer, (byLanguage = new Map()));
  let reply = byLanguage.get(ctx.language);
  if (!reply) {
    reply = renderAnswer(answer, ctx);
    byLanguage.set(ctx.language, reply);
  }
  return reply;
}

export function renderAnswer(answer: Answer, ctx: RenderContext): Reply {
  const { t } = ctx;
  switch (answer.kind) {
    case 'empty':
      return message(ctx, t('bot:answer.empty'), { actions: exampleActions(ctx) });
    case 'offTopic':
      return message(ctx, t('bot:answer.offTopic'), { actions: exampleActions(ctx) });
    case 'noMatch':
      return message(ctx, t('bot:answer.noMatch'), { actions: exampleActions(ctx) });
    case 'findings': {
      const count = answer.findings.length;
      const intro = answer.city
        ? t('bot:answer.findingsInCity', { count, city: cityName(answer.city, ctx.language) })
        : t('bot:answer.findings', { count });
      return findingsMessage(ctx, [intro], answer.findings, followUps(ctx, answer.findings));
    }
    case 'cityProfile':
      return cityProfileMessage(answer.city, answer.practices, ctx);
    case 'clarify': {
      const choices = answer.candidates.slice(0, MAX_CLARIFY_CHOICES);
      const lines = choices.map((f, i) => `${i + 1}. ${findingTitle(f, ctx)} (${findingPlace(f, ctx)})`);
      const none = t('bot:commands.none.0');
      return message(ctx, [t('bot:clarify.question'), ...lines].join('\n\n'), {
        actions: [...choices.map((f) => imBack(findingTitle(f, ctx), findingTitle(f, ctx))), imBack(none, none)],
      });
    }
    case 'cityGap': {
      const none = answer.city.practiceIds.length === 0;
      const lines = [
        t(none ? 'bot:answer.cityGapNone' : 'bot:answer.cityGapTopic', { city: cityName(answer.city, ctx.language) }),
        answer.related.length > 0
          ? t('bot:answer.relatedElsewhere', { count: answer.related.length })
          : t('bot:answer.noRelated'),
      ];
      const actions = [cityAction(answer.city, ctx), ...followUps(ctx, answer.related).slice(1)];
      return findingsMessage(ctx, lines, answer.related, actions);
    }
  }
}

function findingsMessage(ctx: RenderContext, intro: string[], findings: Finding[], actions: CardAction[]): Reply {
  const lines = findings.map((f, i) =>
    ctx.t('bot:answer.findingLine', { position: i + 1, title: findingTitle(f, ctx), place: findingPlace(f, ctx) }),
  );
  return message(ctx, [...intro, ...lines].join('\n\n'), {
    cards: findings.map((f) => findingCard(f, ctx)),
    citations: findings.map((f) => findingCitation(f, ctx)),
    actions,
  });
}

function cityProfileMessage(city: City, practices: Practice[], ctx: RenderContext): Reply {
  const { t } = ctx;
  const text =
    practices.length === 0
      ? t('bot:answer.profileNoPractice', { city: cityName(city, ctx.language) })
      : t('bot:answer.profile', {
          city: cityName(city, ctx.language),
          country: t(`taxonomy:country.${city.country}`),
          practices: t('bot:answer.profilePractices', { count: practices.length, city: cityName(city, ctx.language) }),
        });
  const shown = practices.slice(0, 3);
  const citations: Citation[] = [
    {
      name: cityName(city, ctx.language),
      abstract: city.context ? pick(city.context, ctx.language).text : cityName(city, ctx.language),
      url: city.sources[0]!.url,
      keywords: [cityName(city, ctx.language), t(`taxonomy:country.${city.country}`)],
    },
    ...shown.map((p) => practiceCitation(p, city, ctx)),
  ];
  const lines = shown.map((p, i) =>
    t('bot:answer.findingLine', { position: i + 2, title: pick(p.title, ctx.language).text, place: cityName(city, ctx.language) }),
  );
  return message(ctx, [`${text} [1]`, ...lines].join('\n\n'), {
    cards: [renderCityCard(city, practices, ctx), ...shown.map((p) => renderPracticeCard(p, city, ctx))],
    citations,
    actions: [
      ...shown.map((p) => imBack(pick(p.title, ctx.language).text, pick(p.title, ctx.language).text)),
      imBack(t('bot:actions.help'), t('bot:commands.help.0')),
    ],
  });
}

function findingCard(finding: Finding, ctx: RenderContext): AdaptiveCard {
  return finding.kind === 'practice'
    ? renderPracticeCard(finding.practice, finding.city, ctx)
    : renderPassageCard(finding.passage, finding.document, ctx);
}

function findingTitle(finding: Finding, ctx: RenderContext): string {
  return finding.kind === 'practice' ? pick(finding.practice.title, ctx.language).text : textIn(finding.passage.section, finding.passage.sectionIn, ctx.language);
}

function findingPlace(finding: Finding, ctx: RenderContext): string {
  return finding.kind === 'practice'
    ? cityName(finding.city, ctx.language)
    : ctx.t('bot:answer.passagePlace', { document: textIn(finding.document.title, finding.document.titleIn, ctx.language), year: finding.document.year });
}

function findingCitation(finding: Finding, ctx: RenderContext): Citation {
  if (finding.kind === 'practice') return practiceCitation(finding.practice, finding.city, ctx);
  const source = passageSources(finding.passage, finding.document, ctx)[0]!;
  return {
    name: `${textIn(finding.passage.section, finding.passage.sectionIn, ctx.language)} (${textIn(finding.document.title, finding.document.titleIn, ctx.language)})`,
    abstract: passageAbstract(finding.passage, finding.document, ctx),
    url: source.url,
    keywords: [finding.document.author, String(finding.document.year)],
  };
}

/** A practice's citation names its city, in the name and in the keywords. */
export function practiceCitation(practice: Practice, city: City, ctx: RenderContext): Citation {
  return {
    name: `${pick(practice.title, ctx.language).text} (${cityName(city, ctx.language)})`,
    abstract: pick(practice.summary, ctx.language).text,
    url: practice.sources[0]!.url,
    keywords: [cityName(city, ctx.language), ctx.t(`taxonomy:country.${city.country}`), ctx.t(`taxonomy:theme.${practice.themes[0]}`)],
  };
}

function followUps(ctx: RenderContext, findings: Finding[]): CardAction[] {
  const actions: CardAction[] = [];
  const first = findings.find((f): f is Extract<Finding, { kind: 'practice' }> => f.kind === 'practice');
  if (first) {
    actions.push(cityAction(first.city, ctx));
    const theme = ctx.t(`taxonomy:theme.${first.practice.themes[0]}`);
    actions.push(imBack(ctx.t('bot:actions.moreOnTheme', { theme }), ctx.t('bot:actions.askAboutTheme', { theme })));
  }
  actions.push(imBack(ctx.t('bot:actions.help'), ctx.t('bot:commands.help.0')));
  return actions;
}

function cityAction(city: City, ctx: RenderContext): CardAction {
  return imBack(ctx.t('bot:actions.moreAboutCity', { city: cityName(city, ctx.language) }), ctx.t('bot:actions.askAboutCity', { city: cityName(city, ctx.language) }));
}

export function exampleActions(ctx: RenderContext): CardAction[] {
  const keys = ['segregation', 'rentalAgency', 'city', 'compare'] as const;
  return [
    imBack(ctx.t('bot:actions.recommend'), ctx.t('bot:commands.recommend.0')),
    ...keys.map((key) => {
      const text = ctx.t(`bot:examples.${key}`);
      return imBack(text, text);
    }),
    imBack(ctx.t('bot:actions.help'), ctx.t('bot:commands.help.0')),
  ];
}

function imBack(title: string, value: string): CardAction {
  return { type: ActionTypes.ImBack, title, value };
}

export function message(
  ctx: RenderContext,
  text: string,
  extras: { cards?: AdaptiveCard[]; citations?: Citation[]; actions?: CardAction[] } = {},
): Reply {
  const attachments: Attachment[] = (extras.cards ?? []).map((content) => ({ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content }));
  return {
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
    locale: ctx.language,
    ...(attachments.length > 0 ? { attachments, attachmentLayout: attachments.length > 1 ? 'carousel' : 'list' } : {}),
    ...(extras.citations && extras.citations.length > 0 ? { entities: [citationEntity(extras.citations)] } : {}),
    ...(extras.actions && extras.actions.length > 0 ? { suggestedActions: { actions: extras.actions, to: [] } } : {}),
  };
}
