/** A page of browsed practices, with buttons for the next page and to remove each filter. */
import { FILTER_KEYS, type BrowseFilters, type BrowsePage } from '../answers/browse.js';
import type { City } from '../inventory/types.js';
import { card, paragraph, type CardElement } from './adaptive.js';
import type { RenderContext } from './context.js';
import { cityName, pick } from './localize.js';
import { message, practiceCitation, type Reply } from './renderAnswer.js';

export function filterLabel(key: (typeof FILTER_KEYS)[number], filters: BrowseFilters, ctx: RenderContext, cityOf: (id: string) => City | undefined): string | undefined {
  const value = filters[key];
  if (value === undefined) return undefined;
  if (key === 'city') {
    const city = cityOf(value);
    return city ? cityName(city, ctx.language) : undefined;
  }
  return ctx.t(`taxonomy:${key}.${value}`);
}

export function renderBrowsePage(page: BrowsePage, filters: BrowseFilters, ctx: RenderContext, cityOf: (id: string) => City | undefined): Reply {
  const { t, language } = ctx;
  const active = FILTER_KEYS.map((key) => ({ key, label: filterLabel(key, filters, ctx, cityOf) })).filter(
    (f): f is { key: (typeof FILTER_KEYS)[number]; label: string } => f.label !== undefined,
  );
  const intro =
    page.total === 0
      ? t('bot:browse.empty')
      : active.length === 0
        ? t('bot:browse.noFilters', { page: page.page, pages: page.pages })
        : t('bot:browse.intro', { count: page.total, page: page.page, pages: page.pages });
  const lines = page.practices.map((p, i) => {
    const city = cityOf(p.cityId)!;
    return t('bot:answer.findingLine', { position: i + 1, title: pick(p.title, language).text, place: cityName(city, language) });
  });
  const body: CardElement[] = [];
  if (active.length > 0) body.push(paragraph(t('bot:browse.filters', { filters: active.map((f) => f.label).join(', ') }), { weight: 'Bolder' }));
  body.push(...lines.map((line) => paragraph(line)));
  const actions: CardElement[] = [];
  if (page.page < page.pages) actions.push({ type: 'Action.Submit', title: t('bot:actions.nextPage'), data: { clipAction: 'browse', page: page.page + 1 } });
  for (const f of active) actions.push({ type: 'Action.Submit', title: t('bot:actions.removeFilter', { filter: f.label }), data: { clipAction: 'browse', remove: f.key } });
  if (active.length > 1) actions.push({ type: 'Action.Submit', title: t('bot:actions.clearFilters'), data: { clipAction: 'browse', remove: 'all' } });
  const citations = page.practices.map((p) => practiceCitation(p, cityOf(p.cityId)!, ctx));
  return message(ctx, [intro, ...lines].join('\n\n'), {
    cards: page.total === 0 && actions.length === 0 ? [] : [card(language, body.length > 0 ? body : [paragraph(intro)], actions)],
    citations,
  });
}
