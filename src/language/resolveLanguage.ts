/**
 * Which language a turn is in. For now: the activity's locale when it is one of the project's
 * languages (region variants such as de-AT fall back to de), else the reference language.
 * The locale string is only ever compared with the known codes, never used to build a path.
 */
import { LANGUAGES, REFERENCE_LANGUAGE, type Language } from '../inventory/taxonomy.js';

export function languageOfLocale(locale: unknown): Language | undefined {
  if (typeof locale !== 'string') return undefined;
  const base = /^([a-z]{2})(?:[-_][a-z0-9]{1,8})*$/i.exec(locale.trim())?.[1]?.toLowerCase();
  return LANGUAGES.find((lng) => lng === base);
}

/**
 * @param available the languages the interface has texts for; a turn in another of the
 *   project's languages is understood in its language but answered in the reference language.
 */
export function resolveLanguage(locale: unknown, available: readonly Language[]): { understand: Language; reply: Language } {
  const language = languageOfLocale(locale) ?? REFERENCE_LANGUAGE;
  return { understand: language, reply: available.includes(language) ? language : REFERENCE_LANGUAGE };
}
