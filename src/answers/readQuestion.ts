/**
 * Reads a question: which cities it names, which glossary concepts and themes, and which
 * words are left to search for.
 */
import { fold } from '../language/analyzer.js';
import type { LanguageSupport } from '../language/glossary.js';
import type { Language, Theme } from '../inventory/taxonomy.js';
import type { City } from '../inventory/types.js';

export interface ReadQuestion {
  text: string;
  language: Language;
  /** Cities named, in the order they are named. */
  cityIds: string[];
  /** Words to search for: no stop words, no city names. */
  words: string[];
  /** The searchable words that make the question specific (generic words such as "practices" removed). */
  contentWords: string[];
  /** Non-generic glossary concepts named. */
  conceptIds: string[];
  /** Generic glossary concepts named ("migrants", "practices"): on topic, but not specific. */
  genericConceptIds: string[];
  themes: Theme[];
}

interface CityName {
  cityId: string;
  words: string[];
}

/** A name of at least this many letters also matches with a short suffix (Frankfurts, Stuttgartin). */
const MIN_STEM_FOR_SUFFIX = 5;
const MAX_SUFFIX = 4;

export class QuestionReader {
  private readonly names: CityName[];

  constructor(
    cities: Iterable<City>,
    private readonly support: LanguageSupport,
  ) {
    const names: CityName[] = [];
    for (const city of cities) {
      const variants = new Set([city.name, ...city.names, ...Object.values(city.nameIn ?? {}).filter((n): n is string => n !== undefined), city.id].map((n) => fold(n.toLowerCase())));
      for (const variant of variants) {
        const words = variant.match(/[\p{L}\p{N}]+/gu) ?? [];
        if (words.length > 0) names.push({ cityId: city.id, words });
      }
    }
    // Longest names first, so "frankfurt am main" wins over "frankfurt".
    this.names = names.sort((a, b) => b.words.length - a.words.length);
  }

  read(text: string, language: Language): ReadQuestion {
    const analyzer = this.support.analyzer(language);
    const words = analyzer.words(text);
    const folded = words.map(fold);
    const isCityWord = new Array<boolean>(words.length).fill(false);
    const cityIds: string[] = [];
    for (let i = 0; i < words.length; i++) {
      if (isCityWord[i]) continue;
      const name = this.names.find((n) => n.words.every((w, k) => i + k < folded.length && wordMatches(w, folded[i + k]!, k === n.words.length - 1)));
      if (!name) continue;
      for (let k = 0; k < name.words.length; k++) isCityWord[i + k] = true;
      if (!cityIds.includes(name.cityId)) cityIds.push(name.cityId);
    }
    const kept = words.filter((w, i) => !isCityWord[i] && w.length > 1 && !analyzer.isStopWord(w));
    const stems = kept.map((w) => analyzer.stem(w));
    const matches = this.support.glossary.match(stems, language);
    const generic = new Set<number>();
    const conceptIds: string[] = [];
    const genericConceptIds: string[] = [];
    for (const m of matches) {
      if (this.support.glossary.isGeneric(m.conceptId)) {
        for (let k = 0; k < m.length; k++) generic.add(m.start + k);
        if (!genericConceptIds.includes(m.conceptId)) genericConceptIds.push(m.conceptId);
      } else if (!conceptIds.includes(m.conceptId)) {
        conceptIds.push(m.conceptId);
      }
    }
    return {
      text,
      language,
      cityIds,
      words: kept,
      contentWords: kept.filter((w, i) => !generic.has(i) && !analyzer.isFiller(w)),
      conceptIds,
      genericConceptIds,
      themes: this.support.glossary.themesOf(conceptIds),
    };
  }
}

function wordMatches(nameWord: string, word: string, last: boolean): boolean {
  if (word === nameWord) return true;
  return (
    last &&
    nameWord.length >= MIN_STEM_FOR_SUFFIX &&
    word.startsWith(nameWord) &&
    word.length - nameWord.length <= MAX_SUFFIX
  );
}
