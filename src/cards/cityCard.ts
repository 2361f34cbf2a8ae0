import type { Theme } from '../inventory/taxonomy.js';
import type { City, Practice } from '../inventory/types.js';
import { card, facts, heading, labelled, link, openUrl, paragraph, type AdaptiveCard, type CardElement } from './adaptive.js';
import type { RenderContext } from './context.js';
import { cityName, pick } from './localize.js';

/** A city's profile: country, population, part in CLIP, practices by theme, background, sources. */
export function renderCityCard(city: City, practices: Practice[], ctx: RenderContext): AdaptiveCard {
  const { t, language } = ctx;
  const population = city.population
    ? city.population.year === undefined
      ? city.population.value.toLocaleString(language)
      : t('cards:city.populationValue', { value: city.population.value.toLocaleString(language), year: city.population.year })
    : t('cards:city.unknown');
  const body: CardElement[] = [
    heading(cityName(city, ctx.language)),
    facts([
      [t('cards:practice.country'), t(`taxonomy:country.${city.country}`)],
      [t('cards:city.population'), population],
      [t('cards:city.clipStatus'), t(`taxonomy:clipStatus.${city.clipStatus}`)],
      [t('cards:city.practices'), String(practices.length)],
      [t('cards:city.themes'), themeCounts(practices, ctx)],
    ]),
  ];
  if (city.clipNote) body.push(paragraph(pick(city.clipNote, language).text, { isSubtle: true }));
  if (city.context) body.push(...labelled(t('cards:city.context'), pick(city.context, language).text));
  if (practices.length > 0) {
    const list = practices.map((p, i) => `${i + 1}. ${pick(p.title, language).text}`).join('\n');
    body.push(...labelled(t('cards:city.practiceList'), list));
  }
  body.push(...labelled(t('cards:practice.sources'), city.sources.map((s) => `- ${link(s.title ?? s.url, s.url)}`).join('\n')));
  return card(language, body, [openUrl(t('cards:practice.openSource'), city.sources[0]!.url)]);
}

function themeCounts(practices: Practice[], ctx: RenderContext): string | undefined {
  const counts = new Map<Theme, number>();
  for (const p of practices) for (const theme of p.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([theme, count]) => ctx.t('cards:city.themeCount', { theme: ctx.t(`taxonomy:theme.${theme}`), count }))
    .join(', ');
}
