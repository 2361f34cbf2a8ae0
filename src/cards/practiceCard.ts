import type { City, LocalizedText, Practice } from '../inventory/types.js';
import { card, facts, heading, labelled, link, openUrl, paragraph, type AdaptiveCard, type CardElement } from './adaptive.js';
import { formatPeriod, labels, type RenderContext } from './context.js';
import { cityName, pick, type PickedText } from './localize.js';

/** A practice as a card: what it is, where, on which themes, how well evidenced, and its sources. */
export function renderPracticeCard(practice: Practice, city: City, ctx: RenderContext): AdaptiveCard {
  const { t, language } = ctx;
  const picked: PickedText[] = [];
  const text = (t: LocalizedText) => {
    const p = pick(t, language);
    picked.push(p);
    return p.text;
  };
  const title = pick(practice.title, language);
  const summary = pick(practice.summary, language);
  picked.push(title, summary);
  const body: CardElement[] = [heading(title.text)];
  if (practice.originalName) {
    body.push(paragraph(t('cards:practice.originalName', { name: practice.originalName }), { isSubtle: true, spacing: 'None' }));
  }
  body.push(
    facts([
      [t('cards:practice.city'), cityName(city, ctx.language)],
      [t('cards:practice.country'), t(`taxonomy:country.${city.country}`)],
      [t('cards:practice.themes'), labels(ctx, 'theme', practice.themes)],
      [t('cards:practice.actors'), labels(ctx, 'actor', practice.actors)],
      [t('cards:practice.targetGroups'), labels(ctx, 'targetGroup', practice.targetGroups)],
      [t('cards:practice.period'), formatPeriod(practice.period, ctx)],
      [t('cards:practice.kind'), t(`taxonomy:kind.${practice.kind}`)],
      [t('cards:practice.evidence'), t(`taxonomy:evidence.${practice.evidence}`)],
    ]),
    paragraph(summary.text),
  );
  if (practice.results) body.push(...labelled(t('cards:practice.results'), text(practice.results)));
  if (practice.transferability) body.push(...labelled(t('cards:practice.transferability'), text(practice.transferability)));
  if (practice.caveats && practice.caveats.length > 0) {
    const list = practice.caveats.map((c) => `- ${text(c)}`).join('\n');
    body.push(...labelled(t('cards:practice.caveats'), list, { color: 'Attention' }));
  }
  body.push(...labelled(t('cards:practice.sources'), practice.sources.map((s) => `- ${link(s.title ?? s.url, s.url)}`).join('\n')));
  const untranslated = picked.find((p) => p.fallback);
  if (untranslated) {
    body.push(paragraph(t('cards:translationMissing', { language: t(`taxonomy:language.${untranslated.language}`) }), { isSubtle: true, size: 'Small' }));
  }
  return card(language, body, [openUrl(t('cards:practice.openSource'), practice.sources[0]!.url)]);
}
