/**
 * Words that join the items of a list ("Vienna and Frankfurt"), per language, for splitting a
 * comparison request. Recognition data, like stop words: never shown to users.
 */
import type { Language } from '../inventory/taxonomy.js';

export const CONJUNCTIONS: Record<Language, string[]> = {
  en: ['and', 'with', 'versus', 'vs'],
  de: ['und', 'mit'],
  fr: ['et', 'avec'],
  nl: ['en', 'met'],
  it: ['e', 'ed', 'con'],
  es: ['y', 'e', 'con'],
  ca: ['i', 'amb'],
  sv: ['och', 'med'],
  da: ['og', 'med'],
  fi: ['ja', 'sekä'],
  hu: ['és', 'meg'],
  hr: ['i', 'te', 's', 'sa'],
};

/** Splits "Vienna and Frankfurt, Turin" into its items, in any of the languages. */
export function splitList(text: string): string[] {
  const words = [...new Set(Object.values(CONJUNCTIONS).flat())].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`\\s*(?:[,;|/]|\\s(?:${words.join('|')})\\s)\\s*`, 'iu');
  return text
    .split(pattern)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
