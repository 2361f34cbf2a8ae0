/**
 * Which of the twelve languages a question is written in. franc (trigram statistics, restricted
 * to the twelve) is the base; short questions are hard for it, so two kinds of evidence from
 * this project's own vocabulary are added: the share of words that are stop words of a language,
 * and the share covered by the glossary's terms in that language. The result says whether it is
 * sure; callers keep the locale's or the previous language when it is not.
 */
import { LRUCache } from 'lru-cache';
import { francAll } from 'franc';
import { LANGUAGES, type Language } from '../inventory/taxonomy.js';
import { splitWords } from './analyzer.js';
import { ISO_639_3 } from './codes.js';
import type { LanguageSupport } from './glossary.js';

const FROM_ISO_639_3 = new Map(Object.entries(ISO_639_3).map(([lng, iso]) => [iso, lng as Language]));
const ONLY = Object.values(ISO_639_3);

const STOP_WORD_WEIGHT = 0.6;
const GLOSSARY_WEIGHT = 0.4;
/** How far ahead of the runner-up the best language must be to count as sure. */
const SURE_MARGIN = 0.1;
/** Fewer words than this are never enough to be sure. */
const MIN_WORDS = 2;

export interface Detection {
  language: Language;
  sure: boolean;
  /** Scores of all twelve languages, best first (for tests and diagnostics). */
  scores: [Language, number][];
}

const remembered = new WeakMap<LanguageSupport, LRUCache<string, Detection>>();

/** detectLanguage, remembering the last few thousand texts: the same questions come back often. */
export function detectLanguageCached(text: string, support: LanguageSupport): Detection {
  let cache = remembered.get(support);
  if (!cache) remembered.set(support, (cache = new LRUCache({ max: 5000 })));
  let detection = cache.get(text);
  if (!detection) {
    detection = detectLanguage(text, support);
    cache.set(text, detection);
  }
  return detection;
}

export function detectLanguage(text: string, support: LanguageSupport): Detection {
  const words = splitWords(text);
  const franc = new Map<Language, number>();
  for (const [iso, score] of francAll(text, { only: ONLY, minLength: 1 })) {
    const language = FROM_ISO_639_3.get(iso);
    if (language) franc.set(language, score);
  }
  const scores = LANGUAGES.map((language): [Language, number] => {
    const analyzer = support.analyzer(language);
    const stopShare = words.length === 0 ? 0 : words.filter((w) => analyzer.isFiller(w)).length / words.length;
    const stems = words.map((w) => analyzer.stem(w));
    const covered = support.glossary.match(stems, language).reduce((sum, m) => sum + m.length, 0);
    const glossaryShare = words.length === 0 ? 0 : covered / words.length;
    return [language, (franc.get(language) ?? 0) + STOP_WORD_WEIGHT * stopShare + GLOSSARY_WEIGHT * glossaryShare];
  }).sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  const sure = words.length >= MIN_WORDS && best![1] - (second?.[1] ?? 0) >= SURE_MARGIN;
  return { language: best![0], sure, scores };
}
