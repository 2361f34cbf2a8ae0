/**
 * Everything a turn needs to answer, bundled so the bot, the dialogs, the search API and the
 * terminal chat share one instance.
 */
import type { Answerer } from '../answers/answer.js';
import type { RenderContext } from '../cards/context.js';
import type { Localizer } from '../i18n.js';
import type { Language } from '../inventory/taxonomy.js';
import type { Inventory } from '../inventory/types.js';
import { detectLanguageCached, type Detection } from '../language/detectLanguage.js';
import type { LanguageSupport } from '../language/glossary.js';
import { resolveLanguage, type LanguageSignals } from '../language/resolveLanguage.js';

export interface Assistant {
  inventory: Inventory;
  answerer: Answerer;
  localizer: Localizer;
  support: LanguageSupport;
  /** Base URL for the documents this service serves (see GET /documents/:id). */
  publicBaseUrl: string;
}

export interface TurnLanguage {
  /** The language the question is read in. */
  understand: Language;
  /** Everything needed to write the reply, in the reply's language. */
  ctx: RenderContext;
  detection: Detection | undefined;
}

/** Resolves the turn's languages; a question, if given, is run through the detector first. */
export function turnLanguage(assistant: Assistant, signals: Omit<LanguageSignals, 'detection'>, question?: string): TurnLanguage {
  const detection = question && question.trim() !== '' ? detectLanguageCached(question, assistant.support) : undefined;
  const { understand, reply } = resolveLanguage({ ...signals, detection }, assistant.localizer.languages);
  return { understand, ctx: renderContext(assistant, reply), detection };
}

export function renderContext(assistant: Assistant, language: Language): RenderContext {
  return {
    language,
    t: assistant.localizer.t(language),
    documentUrl: (id) => `${assistant.publicBaseUrl}/documents/${encodeURIComponent(id)}`,
  };
}
