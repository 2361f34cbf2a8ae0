/**
 * Which language a turn is read and answered in.
 *
 * Reply: the user's explicit choice wins; then the activity's locale; then the language
 * detected from the question when the detector is sure; then the conversation's previous
 * language; then the detector's best guess. Region variants (de-AT, sv-FI) fall back to their
 * language. A language without interface texts is answered in the reference language.
 *
 * Reading: the detected language when the detector is sure, and, where the user has stated a
 * language (choice, locale), clearly ahead of it: a question in the locale's language that
 * quotes a programme name in another ("What is 'Una casa in più'?") stays in the locale's
 * language. Otherwise that known language, and only then the detector's best guess.
 *
 * The locale string is only ever compared with the known codes, never used to build a path.
 */
import { REFERENCE_LANGUAGE, LANGUAGES, type Language } from '../inventory/taxonomy.js';
import type { Detection } from './detectLanguage.js';

export function languageOfLocale(locale: unknown): Language | undefined {
  if (typeof locale !== 'string') return undefined;
  const base = /^([a-z]{2})(?:[-_][a-z0-9]{1,8})*$/i.exec(locale.trim())?.[1]?.toLowerCase();
  return LANGUAGES.find((lng) => lng === base);
}

export interface LanguageSignals {
  /** The user's explicit choice, remembered in user state. */
  choice?: Language | undefined;
  /** The activity's locale, as sent by the channel. */
  locale?: unknown;
  /** The language of the conversation's previous reply. */
  previous?: Language | undefined;
  /** What the detector made of the question, if there was one. */
  detection?: Detection | undefined;
}

export interface TurnLanguages {
  understand: Language;
  reply: Language;
}

export function resolveLanguage(signals: LanguageSignals, available: readonly Language[]): TurnLanguages {
  const locale = languageOfLocale(signals.locale);
  const detected = signals.detection;
  const sure = detected?.sure ? detected.language : undefined;
  // What the user told us (choice, locale) is weighed against a sure detection; the previous
  // language only stands in when the detector is unsure.
  const stated = signals.choice ?? locale;
  const reply = signals.choice ?? locale ?? sure ?? signals.previous ?? detected?.language ?? REFERENCE_LANGUAGE;
  const overridesStated = sure !== undefined && (stated === undefined || clearlyAhead(detected!, sure, stated));
  const understand = (overridesStated ? sure : (stated ?? signals.previous)) ?? detected?.language ?? REFERENCE_LANGUAGE;
  return { understand, reply: available.includes(reply) ? reply : REFERENCE_LANGUAGE };
}

/** How far the detected language must be ahead of the user's known language to be read instead. */
const OVERRIDE_MARGIN = 0.3;

function clearlyAhead(detection: Detection, language: Language, prior: Language): boolean {
  if (language === prior) return true;
  const score = (lng: Language) => detection.scores.find(([l]) => l === lng)?.[1] ?? 0;
  return score(language) - score(prior) >= OVERRIDE_MARGIN;
}
