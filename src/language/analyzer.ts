/**
 * Per-language term processing: the one place that knows about stemmers and stop-word lists.
 * Everything that turns text into index or query terms goes through a LanguageAnalyzer, so a
 * language is added by registering its stemmer and stop words here.
 */
import { createRequire } from 'node:module';
import type * as Snowball from 'snowball-stemmers';
import type { Language } from '../inventory/taxonomy.js';
import { ISO_639_3 } from './codes.js';

// These packages are CommonJS without ESM entry points; require() loads them as their authors intend.
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as typeof Snowball;
const { StemmerSr } = require('@nlpjs/lang-sr') as { StemmerSr: new () => { stemWord(word: string): string } };
/**
 * Two tiers of words without meaning. Stop words (the stopword package's moderate lists, English
 * 108 words) are left out of search. Filler words (stopwords-iso's long lists, English 1,298
 * words, which include "give", "overview" or "have") are searched, but do not make a question
 * specific: "Give me an overview of Budapest" asks for the city's profile.
 */
const stopwordLists = require('stopword') as Record<string, string[] | undefined>;
const fillerLists = require('stopwords-iso') as Record<string, string[] | undefined>;

export interface LanguageAnalyzer {
  readonly language: Language;
  /** Splits text into lower-case words (letters and digits; inner hyphens and apostrophes split). */
  words(text: string): string[];
  /** The index form of a word: stemmed, then folded (no accents). */
  stem(word: string): string;
  /** Whether a lower-case word carries no meaning for search. */
  isStopWord(word: string): boolean;
  /** Whether a lower-case word, searched or not, does not make a question specific. */
  isFiller(word: string): boolean;
}

/**
 * Snowball algorithm names, by language. snowball-stemmers has no Croatian; the Serbian stemmer
 * of @nlpjs/lang-sr handles Croatian's Latin-script inflection (segregacija, segregacije,
 * segregaciju → segregacij; Zagrebu → zagreb) and is used for it.
 */
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

function newStemmer(language: Language): Snowball.Stemmer | undefined {
  if (language === 'hr') {
    const serbian = new StemmerSr();
    return { stem: (word) => serbian.stemWord(word) };
  }
  const algorithm = SNOWBALL[language];
  return algorithm === undefined ? undefined : snowball.newStemmer(algorithm);
}

/**
 * @param keep words that stay meaningful even if the stop-word list names them (the glossary's
 *   terms: stopwords-iso's English list holds "information", "home" and "area", for instance).
 */
export function createAnalyzer(language: Language, keep: Iterable<string> = []): LanguageAnalyzer {
  const stemmer = newStemmer(language);
  const kept = new Set(keep);
  const list = (words: string[] | undefined) => new Set((words ?? []).map((w) => w.toLowerCase()).filter((w) => !kept.has(w)));
  const stopWords = list(stopwordLists[ISO_639_3[language]]);
  const fillers = list(fillerLists[language]);
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
    isFiller: (word) => stopWords.has(word) || fillers.has(word),
  };
}
