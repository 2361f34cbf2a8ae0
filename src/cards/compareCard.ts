/** Two or three cities or practices side by side, in one Adaptive Card table. */
import type { Comparison } from '../answers/compare.js';
import type { City, Practice } from '../inventory/types.js';
import { card, heading, link, type AdaptiveCard, type CardElement } from './adaptive.js';
import type { Citation } from './citations.js';
import { formatPeriod, labels, type RenderContext } from './context.js';
import { cityName, pick } from './localize.js';
import { practiceCitation } from './renderAnswer.js';

function table(columns: string[], rows: [string, string[]][]): CardElement {
  const cell = (text: string, bold = false): CardElement => ({
    type: 'TableCell',
    items: [{ type: 'TextBlock', text, wrap: true, ...(bold ? { weight: 'Bolder' } : {}) }],
  });
  return {
    type: 'Table',
    gridStyle: 'accent',
    firstRowAsHeader: true,
    columns: [{ width: 1 }, ...columns.map(() => ({ width: 2 }))],
    rows: [
      { type: 'TableRow', cells: [cell(''), ...columns.map((c) => cell(c, true))] },
      ...rows.map(([label, values]) => ({ type: 'TableRow', cells: [cell(label, true), ...values.map((v) => cell(v))] })),
    ],
  };
}

const sources = (list: { url: string; title?: string | undefined }[]) => list.map((s) => link(s.title ?? s.url, s.url)).join('\n\n');

export function renderCompareCard(comparison: Comparison, practicesOf: (city: City) => Practice[], ctx: RenderContext): AdaptiveCard {
  const { t, language } = ctx;
  const none = t('cards:compare.notKnown');
  if (comparison.kind === 'cities') {
    const cities = comparison.cities;
    const union = (f: (p: Practice) => readonly string[]) => (city: City) => [...new Set(practicesOf(city).flatMap(f))];
    const rows: [string, string[]][] = [
      [t('cards:practice.country'), cities.map((c) => t(`taxonomy:country.${c.country}`))],
      [t('cards:compare.population'), cities.map((c) => c.population?.value.toLocaleString(language) ?? none)],
      [t('cards:compare.clipStatus'), cities.map((c) => t(`taxonomy:clipStatus.${c.clipStatus}`))],
      [t('cards:compare.practices'), cities.map((c) => practicesOf(c).map((p) => `- ${pick(p.title, language).text}`).join('\n') || none)],
      [t('cards:compare.themes'), cities.map((c) => labels(ctx, 'theme', union((p) => p.themes)(c)) || none)],
      [t('cards:compare.actors'), cities.map((c) => labels(ctx, 'actor', union((p) => p.actors)(c)) || none)],
      [t('cards:compare.targetGroups'), cities.map((c) => labels(ctx, 'targetGroup', union((p) => p.targetGroups)(c)) || none)],
      [t('cards:compare.sources'), cities.map((c) => sources(c.sources))],
    ];
    return card(language, [heading(cities.map((c) => cityName(c, language)).join(' · ')), table(cities.map((c) => cityName(c, language)), rows)]);
  }
  const items = comparison.practices;
  const rows: [string, string[]][] = [
    [t('cards:compare.city'), items.map(({ city }) => `${cityName(city, language)} (${t(`taxonomy:country.${city.country}`)})`)],
    [t('cards:compare.themes'), items.map(({ practice }) => labels(ctx, 'theme', practice.themes))],
    [t('cards:compare.actors'), items.map(({ practice }) => labels(ctx, 'actor', practice.actors))],
    [t('cards:compare.targetGroups'), items.map(({ practice }) => labels(ctx, 'targetGroup', practice.targetGroups))],
    [t('cards:compare.period'), items.map(({ practice }) => formatPeriod(practice.period, ctx) ?? none)],
    [t('cards:compare.results'), items.map(({ practice }) => (practice.results ? pick(practice.results, language).text : none))],
    [t('cards:compare.evidence'), items.map(({ practice }) => t(`taxonomy:evidence.${practice.evidence}`))],
    [t('cards:compare.sources'), items.map(({ practice }) => sources(practice.sources))],
  ];
  const titles = items.map(({ practice }) => pick(practice.title, language).text);
  return card(language, [heading(t('bot:compare.intro')), table(titles, rows)]);
}

export function comparisonCitations(comparison: Comparison, ctx: RenderContext): Citation[] {
  if (comparison.kind === 'cities') {
    return comparison.cities.map((c) => ({
      name: cityName(c, ctx.language),
      abstract: c.context ? pick(c.context, ctx.language).text : cityName(c, ctx.language),
      url: c.sources[0]!.url,
      keywords: [cityName(c, ctx.language), ctx.t(`taxonomy:country.${c.country}`)],
    }));
  }
  return comparison.practices.map(({ practice, city }) => practiceCitation(practice, city, ctx));
}
