/**
 * Per-language term processing: the one place that knows about stemmers and stop-word lists.
 * Everything that turns text into index or query terms goes through a LanguageAnalyzer, so a
 * language is added by registering its stemmer and stop words here.
 */
import { createRequire } from 'node:module';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
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
 * Snowball stemmers, by language. @orama/stemmers carries the Snowball algorithms for ten of the
 * twelve languages and runs about ten times faster than snowball-stemmers (the index stems some
 * 20,000 distinct words at start-up); it has no Catalan, for which snowball-stemmers is used.
 * Neither has Croatian: the Serbian stemmer of @nlpjs/lang-sr handles Croatian's Latin-script
 * inflection (segregacija, segregacije, segregaciju → segregacij; Zagrebu → zagreb).
 */
const STEMMERS: Partial<Record<Language, (word: string) => string>> = {
  en: english,
  de: german,
  fr: french,
  nl: dutch,
  it: italian,
  es: spanish,
  sv: swedish,
  da: danish,
  fi: finnish,
  hu: hungarian,
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
  if (language === 'ca') return snowball.newStemmer('catalan');
  const stem = STEMMERS[language];
  return stem === undefined ? undefined : { stem };
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
