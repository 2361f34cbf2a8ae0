/** Picks the version of a seed text for a language, falling back to the reference language. */
import { REFERENCE_LANGUAGE, type Language } from '../inventory/taxonomy.js';
import type { LocalizedText } from '../inventory/types.js';

export interface PickedText {
  text: string;
  /** The language the text is actually in. */
  language: Language;
  /** True when the asked-for language was missing and the reference text is shown instead. */
  fallback: boolean;
}

export function pick(text: LocalizedText, language: Language): PickedText {
  const own = text[language];
  if (own !== undefined) return { text: own, language, fallback: false };
  return { text: text.en, language: REFERENCE_LANGUAGE, fallback: language !== REFERENCE_LANGUAGE };
}

/** The city's name as the language writes it. */
export function cityName(city: { name: string; nameIn?: Partial<Record<Language, string | undefined>> | undefined }, language: Language): string {
  return city.nameIn?.[language] ?? city.name;
}

/** A text kept in its own language with optional translations beside it (a passage heading, a document title). */
export function textIn(original: string, translations: Partial<Record<Language, string | undefined>> | undefined, language: Language): string {
  return translations?.[language] ?? original;
}
