import type { Inventory } from '../inventory/types.js';
import type { RenderContext } from './context.js';
import { cityName } from './localize.js';
import { exampleActions, message, type Reply } from './renderAnswer.js';

export function renderHelp(inventory: Inventory, ctx: RenderContext): Reply {
  const cities = [...inventory.cities.values()].map((c) => cityName(c, ctx.language)).sort((a, b) => a.localeCompare(b, ctx.language));
  const text = [ctx.t('bot:help.text'), ctx.t('bot:help.guided'), ctx.t('bot:help.citiesCovered', { count: cities.length, cities: cities.join(', ') })].join('\n\n');
  return message(ctx, text, { actions: exampleActions(ctx) });
}

export function renderWelcome(ctx: RenderContext): Reply {
  return message(ctx, [ctx.t('bot:welcome.text'), ctx.t('bot:welcome.tryThese')].join('\n\n'), { actions: exampleActions(ctx) });
}
