/** The result of the recommend dialog: each practice's card with the reasons it fits. */
import type { Recommendation, Reason } from '../answers/recommend.js';
import { labelled } from './adaptive.js';
import type { RenderContext } from './context.js';
import { cityName, pick } from './localize.js';
import { renderPracticeCard } from './practiceCard.js';
import { message, practiceCitation, type Reply } from './renderAnswer.js';
import type { City } from '../inventory/types.js';

export function reasonText(reason: Reason, ctx: RenderContext, cityOf: (id: string) => City | undefined): string {
  const { t } = ctx;
  switch (reason.key) {
    case 'theme':
    case 'secondaryTheme':
      return t(`bot:recommend.reasons.${reason.key}`, { theme: t(`taxonomy:theme.${reason.about}`) });
    case 'group':
      return t('bot:recommend.reasons.group', { group: t(`bot:recommend.options.groups.${reason.about}`) });
    case 'actor':
      return t('bot:recommend.reasons.actor', { actor: t(`taxonomy:actor.${reason.about}`) });
    case 'similarSize': {
      const city = cityOf(reason.about ?? '');
      return t('bot:recommend.reasons.similarSize', { city: city ? cityName(city, ctx.language) : '' });
    }
    default:
      return t(`bot:recommend.reasons.${reason.key}`);
  }
}

export function renderRecommendations(recommendations: Recommendation[], ctx: RenderContext, cityOf: (id: string) => City | undefined): Reply {
  const { t, language } = ctx;
  if (recommendations.length === 0) return message(ctx, t('bot:recommend.noResult'));
  const lines = recommendations.map((r, i) =>
    t('bot:answer.findingLine', { position: i + 1, title: pick(r.practice.title, language).text, place: cityName(r.city, language) }),
  );
  const cards = recommendations.map((r) => {
    const card = renderPracticeCard(r.practice, r.city, ctx);
    const why = r.reasons.map((reason) => `- ${reasonText(reason, ctx, cityOf)}`).join('\n');
    card.body.splice(1, 0, ...labelled(t('cards:recommend.whyItFits'), why));
    return card;
  });
  const citations = recommendations.map((r) => practiceCitation(r.practice, r.city, ctx));
  const text = [t('bot:recommend.result', { count: recommendations.length }), ...lines, t('bot:recommend.compareOffer')].join('\n\n');
  return message(ctx, text, { cards, citations });
}
