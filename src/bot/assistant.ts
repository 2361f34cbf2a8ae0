/**
 * Everything a turn needs to answer, bundled so the bot, the dialogs, the search API and the
 * terminal chat share one instance.
 */
import type { Answerer } from '../answers/answer.js';
import type { RenderContext } from '../cards/context.js';
import type { Localizer } from '../i18n.js';
import type { Language } from '../inventory/taxonomy.js';
import type { Inventory } from '../inventory/types.js';
import { resolveLanguage } from '../language/resolveLanguage.js';

export interface Assistant {
  inventory: Inventory;
  answerer: Answerer;
  localizer: Localizer;
  /** Base URL for the documents this service serves (see GET /documents/:id). */
  publicBaseUrl: string;
}

export interface TurnLanguage {
  /** The language the question is read in. */
  understand: Language;
  /** The language of the reply. */
  ctx: RenderContext;
}

export function turnLanguage(assistant: Assistant, locale: unknown): TurnLanguage {
  const { understand, reply } = resolveLanguage(locale, assistant.localizer.languages);
  return { understand, ctx: renderContext(assistant, reply) };
}

export function renderContext(assistant: Assistant, language: Language): RenderContext {
  return {
    language,
    t: assistant.localizer.t(language),
    documentUrl: (id) => `${assistant.publicBaseUrl}/documents/${encodeURIComponent(id)}`,
  };
}
