/**
 * The search index over practices and passages: the only module that knows MiniSearch.
 *
 * Every record is indexed once per language, each language's text with that language's
 * analyzer, so a Finnish question meets the Finnish translation stemmed the Finnish way.
 * Fields and boosts, on purpose:
 * - title_<lng> (×3): a practice's title, a passage's section heading (or, in other languages,
 *   the first sentence of its gist). A match there is the strongest sign the record is about the question.
 * - names (×3): programme names in their original form ("Frankfurter Vertrag", "Lo.C.A.Re."),
 *   matched without stemming, in whatever language the question is.
 * - concepts (×2): glossary concepts the record names. They carry synonyms ("dispersal" meets
 *   "segregation") and bridge languages where a translation uses another word.
 * - tags_<lng> (×1.2): themes, actors and target groups, labelled in that language.
 * - text_<lng> (×1): the summary, the passage, or its gist.
 * - details (×0.6, English only): results, transferability and caveats: useful, but secondary.
 * City names are not indexed: the question's city is recognised separately and filters.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { fold, splitWords } from '../language/analyzer.js';
import type { LanguageSupport } from '../language/glossary.js';
import { LANGUAGES, REFERENCE_LANGUAGE, type Language, type Theme } from './taxonomy.js';
import type { Inventory, LocalizedText } from './types.js';

export type RecordKind = 'practice' | 'passage';

type IndexedRecord = {
  id: string;
  kind: RecordKind;
  cities: string[];
  themes: Theme[];
} & Record<string, unknown>;

export interface SearchRequest {
  /** The words of the question that are neither stop words nor city names. */
  words: string[];
  language: Language;
  /** Glossary concepts the question names; matched against the records' concepts. */
  conceptIds: string[];
  /** Themes the question is about: records on them rank higher. */
  themes: Theme[];
  /** When set, only records about these cities. */
  cityIds?: string[];
  kinds?: RecordKind[];
  limit?: number;
}

export interface SearchHit {
  id: string;
  kind: RecordKind;
  score: number;
  /** The question's terms (see InventoryIndex.term) this record matched. */
  matchedWords: string[];
  /** The question's concepts this record matched. */
  matchedConcepts: string[];
}

/** Labels of taxonomy ids (themes, actors, target groups) in a language, for the tags fields. */
export type TagLabeller = (language: Language, ids: readonly string[]) => string;

const field = (name: 'title' | 'text' | 'tags', language: Language) => `${name}_${language}`;
const languageOfField = (name: string) => name.slice(name.lastIndexOf('_') + 1) as Language;
const PER_LANGUAGE = ['title', 'text', 'tags'] as const;
/** The fields of one language's index; English also holds the records' details. */
const fieldsOf = (language: Language) => [...PER_LANGUAGE.map((f) => field(f, language)), 'names', 'concepts', ...(language === REFERENCE_LANGUAGE ? ['details'] : [])];
const BOOST: Record<string, number> = { title: 3, names: 3, concepts: 2, tags: 1.2, text: 1, details: 0.6 };
const THEME_BOOST = 1.5;
const MIN_FUZZY_LENGTH = 7;
/** Concept tokens carry a mark no word has, so they never meet a word's stem. */
const CONCEPT_MARK = '~';
const splitOnSpaces = (text: string) => text.split(' ').filter(Boolean);
const nameTerm = (word: string) => fold(word);

/**
 * One MiniSearch instance per language, each holding the records' texts in that language (and
 * the language-independent names and concepts). A question is searched in its own language's
 * index only, so fuzzy matching walks one language's terms instead of twelve languages' worth.
 */
export class InventoryIndex {
  private readonly indexes = new Map<Language, MiniSearch<IndexedRecord>>();

  private constructor(
    private readonly support: LanguageSupport,
    records: IndexedRecord[],
  ) {
    for (const language of LANGUAGES) {
      const index = new MiniSearch<IndexedRecord>({
        fields: fieldsOf(language),
        storeFields: ['kind', 'cities', 'themes'],
        tokenize: (text, fieldName) => (fieldName === 'concepts' ? splitOnSpaces(text) : splitWords(text)),
        processTerm: (term, fieldName) => {
          if (fieldName === 'concepts') return term;
          if (fieldName === 'names') return nameTerm(term);
          const analyzer = support.analyzer(fieldName === 'details' ? REFERENCE_LANGUAGE : languageOfField(fieldName!));
          return analyzer.isStopWord(term) ? null : analyzer.stem(term);
        },
      });
      index.addAll(records);
      this.indexes.set(language, index);
    }
  }

  static build(inventory: Inventory, support: LanguageSupport, tagLabels: TagLabeller): InventoryIndex {
    const conceptsOf = (...texts: (string | undefined)[]) => {
      const analyzer = support.analyzer(REFERENCE_LANGUAGE);
      const stems = texts.flatMap((t) => (t === undefined ? [] : analyzer.words(t).map((w) => analyzer.stem(w))));
      const ids = new Set(support.glossary.match(stems, REFERENCE_LANGUAGE).map((m) => CONCEPT_MARK + m.conceptId));
      return [...ids].join(' ');
    };
    const perLanguage = (title: (lng: Language) => string | undefined, text: (lng: Language) => string | undefined, tags: readonly string[]) =>
      Object.fromEntries(
        LANGUAGES.flatMap((lng) => [
          [field('title', lng), title(lng) ?? ''],
          [field('text', lng), text(lng) ?? ''],
          [field('tags', lng), tagLabels(lng, tags)],
        ]),
      );
    const records: IndexedRecord[] = [];
    for (const p of inventory.practices.values()) {
      const tags = [...p.themes, ...p.actors, ...p.targetGroups];
      records.push({
        id: p.id,
        kind: 'practice',
        cities: [p.cityId],
        themes: p.themes,
        ...perLanguage((lng) => p.title[lng], (lng) => p.summary[lng], tags),
        names: [p.originalName, p.originalName && joinAcronyms(p.originalName)].filter(Boolean).join(' '),
        details: [p.results, p.transferability, ...(p.caveats ?? [])].map((t) => t?.en).filter(Boolean).join(' '),
        concepts: conceptsOf(p.title.en, p.summary.en),
      });
    }
    for (const passage of inventory.passages.values()) {
      const document = inventory.documents.get(passage.documentId)!;
      const original = document.language;
      const gist = (lng: Language) => (passage.gist as LocalizedText | undefined)?.[lng];
      records.push({
        id: passage.id,
        kind: 'passage',
        cities: passage.cities,
        themes: passage.themes,
        ...perLanguage(
          (lng) => (lng === original ? passage.section : (passage.sectionIn?.[lng] ?? firstSentence(gist(lng)))),
          (lng) => [lng === original ? passage.text : undefined, gist(lng)].filter(Boolean).join(' '),
          passage.themes,
        ),
        names: '',
        details: [document.title, document.author, document.publishedIn].filter(Boolean).join(' '),
        concepts: conceptsOf(passage.section, passage.text),
      });
    }
    return new InventoryIndex(support, records);
  }

  get size(): number {
    return this.indexes.get(REFERENCE_LANGUAGE)!.documentCount;
  }

  /** The index term a question word becomes in a language (its stem, folded); '' for a stop word. */
  term(word: string, language: Language): string {
    const analyzer = this.support.analyzer(language);
    return analyzer.isStopWord(word) ? '' : analyzer.stem(word);
  }

  /** Every form under which a question word can match (see SearchHit.matchedWords). */
  forms(word: string, language: Language): string[] {
    return [this.term(word, language), nameTerm(word)].filter((t) => t !== '');
  }

  /** Whether any record's title or original name, in this language, holds this word. */
  isTitleWord(word: string, language: Language): boolean {
    const term = this.term(word, language);
    const options = { processTerm: (t: string) => t, fuzzy: false, prefix: false } as const;
    const index = this.indexes.get(language)!;
    return (
      (term !== '' && index.search(term, { ...options, fields: [field('title', language)] }).length > 0) ||
      index.search(nameTerm(word), { ...options, fields: ['names'] }).length > 0
    );
  }

  search(request: SearchRequest): SearchHit[] {
    const language = request.language;
    const analyzer = this.support.analyzer(language);
    const queries: Query[] = [];
    if (request.words.length > 0) {
      queries.push({
        queries: request.words,
        fields: [...PER_LANGUAGE.map((f) => field(f, language)), ...(language === REFERENCE_LANGUAGE ? ['details'] : [])],
        combineWith: 'OR',
        processTerm: (term) => (analyzer.isStopWord(term) ? null : analyzer.stem(term)),
        // Typos in longer words are forgiven; prefixes are not, since chat questions hold whole
        // words and prefix matches let "recipe" meet "recipients".
        // Fuzzy search walks the whole term tree (all twelve languages share it), so it is kept to
        // one edit on longer words: enough for a typo, and the largest cost of a search otherwise.
        fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 0.2 : false),
        maxFuzzy: 1,
        prefix: false,
      });
      queries.push({ queries: request.words, fields: ['names'], combineWith: 'OR', processTerm: nameTerm });
    }
    if (request.conceptIds.length > 0) {
      queries.push({
        queries: request.conceptIds.map((id) => CONCEPT_MARK + id),
        combineWith: 'OR',
        fields: ['concepts'],
        tokenize: splitOnSpaces,
        processTerm: (term) => term,
      });
    }
    if (queries.length === 0) return [];
    const { cityIds, kinds } = request;
    const themes = new Set(request.themes);
    const results = this.indexes.get(language)!.search(
      { combineWith: 'OR', queries },
      {
        boost: Object.fromEntries(fieldsOf(language).map((f) => [f, BOOST[f.split('_')[0]!] ?? 1])),
        filter: (r: SearchResult) =>
          (cityIds === undefined || (r.cities as string[]).some((c) => cityIds.includes(c))) &&
          (kinds === undefined || kinds.includes(r.kind as RecordKind)),
        boostDocument: (_id, _term, stored) =>
          themes.size > 0 && (stored?.themes as Theme[] | undefined)?.some((t) => themes.has(t)) ? THEME_BOOST : 1,
      },
    );
    return results.slice(0, request.limit ?? 10).map((r) => ({
      id: r.id as string,
      kind: r.kind as RecordKind,
      score: r.score,
      matchedWords: r.queryTerms.filter((t) => !t.startsWith(CONCEPT_MARK)),
      matchedConcepts: r.queryTerms.filter((t) => t.startsWith(CONCEPT_MARK)).map((t) => t.slice(CONCEPT_MARK.length)),
    }));
  }
}

/** "Lo.C.A.Re." is also indexed as "LoCARe", so a question typing "locare" finds it. */
function joinAcronyms(name: string): string | undefined {
  const joined = name.replace(/(\p{L})\.(?=\p{L})/gu, '$1');
  return joined === name ? undefined : joined;
}

function firstSentence(text: string | undefined): string | undefined {
  return text?.split(/(?<=[.!?])\s/)[0];
}
