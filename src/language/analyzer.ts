/**
 * Per-language term processing: the one place that knows about stemmers and stop-word lists.
 * Everything that turns text into index or query terms goes through a LanguageAnalyzer, so a
 * language is added by registering its stemmer and stop words here.
 */
import { createRequire } from 'node:module';
import type * as Snowball from 'snowball-stemmers';
import type { Language } from '../inventory/taxonomy.js';

// Both packages are CommonJS, and stopwords-iso's entry point is a JSON file, which Node's ESM
// loader does not import without attributes; require() reads both as their authors intend.
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as typeof Snowball;
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

export interface LanguageAnalyzer {
  readonly language: Language;
  /** Splits text into lower-case words (letters and digits; inner hyphens and apostrophes split). */
  words(text: string): string[];
  /** The index form of a word: stemmed, then folded (no accents). */
  stem(word: string): string;
  /** Whether a lower-case word carries no meaning for search. */
  isStopWord(word: string): boolean;
}

/** Snowball algorithm names, by language. Croatian has none in snowball-stemmers (see issue 3). */
const SNOWBALL: Partial<Record<Language, string>> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  nl: 'dutch',
  it: 'italian',
  es: 'spanish',
  ca: 'catalan',
  sv: 'swedish',
  da: 'danish',
  fi: 'finnish',
  hu: 'hungarian',
};

const WORD = /[\p{L}\p{N}]+/gu;

/** Removes accents so that "Malmö" and "Malmo" meet. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

export function splitWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * @param keep words that stay meaningful even if the stop-word list names them (the glossary's
 *   terms: stopwords-iso's English list holds "information", "home" and "area", for instance).
 */
export function createAnalyzer(language: Language, keep: Iterable<string> = []): LanguageAnalyzer {
  const algorithm = SNOWBALL[language];
  const stemmer = algorithm === undefined ? undefined : snowball.newStemmer(algorithm);
  const kept = new Set(keep);
  const stopWords = new Set((stopwordsIso[language] ?? []).filter((w) => !kept.has(w)));
  const cache = new Map<string, string>();
  return {
    language,
    words: splitWords,
    stem(word) {
      let stemmed = cache.get(word);
      if (stemmed === undefined) {
        stemmed = fold(stemmer ? stemmer.stem(word) : word);
        cache.set(word, stemmed);
      }
      return stemmed;
    },
    isStopWord: (word) => stopWords.has(word),
  };
}
