/**
 * The search index over practices and passages: the only module that knows MiniSearch.
 *
 * Fields and boosts, on purpose:
 * - title (×3): a practice's title and original name, a passage's section heading. A match there
 *   is the strongest sign the record is about the question.
 * - concepts (×2): glossary concepts the record names. They carry synonyms ("dispersal" meets
 *   "segregation") and, once the glossary has all languages, questions in another language.
 * - tags (×1.2): themes, actors and target groups, as words.
 * - text (×1): the summary or the passage.
 * - details (×0.6): results, transferability and caveats: useful, but secondary.
 * City names are not indexed: the question's city is recognised separately and filters.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { LanguageSupport } from '../language/glossary.js';
import type { Language, Theme } from './taxonomy.js';
import type { Inventory, LocalizedText } from './types.js';

export type RecordKind = 'practice' | 'passage';

interface IndexedRecord {
  id: string;
  kind: RecordKind;
  cities: string[];
  themes: Theme[];
  title: string;
  text: string;
  details: string;
  tags: string;
  concepts: string;
}

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
  /** The question's terms (stems, see InventoryIndex.term) this record matched. */
  matchedWords: string[];
  /** The question's concepts this record matched. */
  matchedConcepts: string[];
}

const FIELDS = ['title', 'concepts', 'tags', 'text', 'details'] as const;
const WORD_FIELDS = ['title', 'tags', 'text', 'details'];
/** Concept tokens carry a mark no word has, so they never meet a word's stem. */
const CONCEPT_MARK = '~';
const splitOnSpaces = (text: string) => text.split(' ').filter(Boolean);
const BOOST = { title: 3, concepts: 2, tags: 1.2, text: 1, details: 0.6 };
const THEME_BOOST = 1.5;
const INDEX_LANGUAGE: Language = 'en';

/** "Lo.C.A.Re." is also indexed as "LoCARe", so a question typing "locare" finds it. */
function joinAcronyms(name: string): string | undefined {
  const joined = name.replace(/(\p{L})\.(?=\p{L})/gu, '$1');
  return joined === name ? undefined : joined;
}

export class InventoryIndex {
  private readonly miniSearch: MiniSearch<IndexedRecord>;

  private constructor(
    private readonly support: LanguageSupport,
    records: IndexedRecord[],
  ) {
    const analyzer = support.analyzer(INDEX_LANGUAGE);
    this.miniSearch = new MiniSearch<IndexedRecord>({
      fields: [...FIELDS],
      storeFields: ['kind', 'cities', 'themes'],
      tokenize: (text, field) => (field === 'concepts' ? splitOnSpaces(text) : analyzer.words(text)),
      processTerm: (term, field) => {
        if (field === 'concepts') return term;
        return analyzer.isStopWord(term) ? null : analyzer.stem(term);
      },
    });
    this.miniSearch.addAll(records);
  }

  static build(inventory: Inventory, support: LanguageSupport): InventoryIndex {
    const conceptsOf = (...texts: (string | undefined)[]) => {
      const analyzer = support.analyzer(INDEX_LANGUAGE);
      const stems = texts.flatMap((t) => (t === undefined ? [] : analyzer.words(t).map((w) => analyzer.stem(w))));
      const ids = new Set(support.glossary.match(stems, INDEX_LANGUAGE).map((m) => CONCEPT_MARK + m.conceptId));
      return [...ids].join(' ');
    };
    const en = (t: LocalizedText | undefined) => t?.en;
    // Taxonomy ids are English words joined by hyphens ("religious-organisation").
    const tagLabels = (ids: string[]) => ids.join(' ').replaceAll('-', ' ');
    const records: IndexedRecord[] = [];
    for (const p of inventory.practices.values()) {
      const title = [en(p.title), p.originalName, p.originalName && joinAcronyms(p.originalName)].filter(Boolean).join(' ');
      const details = [en(p.results), en(p.transferability), ...(p.caveats ?? []).map(en)].filter(Boolean).join(' ');
      records.push({
        id: p.id,
        kind: 'practice',
        cities: [p.cityId],
        themes: p.themes,
        title,
        text: p.summary.en,
        details,
        tags: tagLabels([...p.themes, ...p.actors, ...p.targetGroups]),
        concepts: conceptsOf(title, p.summary.en),
      });
    }
    for (const passage of inventory.passages.values()) {
      const title = passage.section;
      const document = inventory.documents.get(passage.documentId)!;
      records.push({
        id: passage.id,
        kind: 'passage',
        cities: passage.cities,
        themes: passage.themes,
        title,
        text: [passage.text, en(passage.gist)].filter(Boolean).join(' '),
        details: [document.title, document.author, document.publishedIn].filter(Boolean).join(' '),
        tags: tagLabels(passage.themes),
        concepts: conceptsOf(title, passage.text),
      });
    }
    return new InventoryIndex(support, records);
  }

  get size(): number {
    return this.miniSearch.documentCount;
  }

  /** The index term a question word becomes (its stem, folded); '' for a stop word. */
  term(word: string, language: Language): string {
    const analyzer = this.support.analyzer(language);
    return analyzer.isStopWord(word) ? '' : analyzer.stem(word);
  }

  /** Whether any record's title (a practice's name, a passage's heading) holds this word, after stemming. */
  isTitleWord(word: string, language: Language): boolean {
    const term = this.term(word, language);
    if (term === '') return false;
    return this.miniSearch.search(term, { fields: ['title'], processTerm: (t) => t, fuzzy: false, prefix: false }).length > 0;
  }

  search(request: SearchRequest): SearchHit[] {
    const analyzer = this.support.analyzer(request.language);
    const wordQuery: Query = {
      queries: request.words,
      fields: WORD_FIELDS,
      combineWith: 'OR',
      processTerm: (term) => (analyzer.isStopWord(term) ? null : analyzer.stem(term)),
      // Typos in longer words are forgiven; prefixes are not, since chat questions hold whole
      // words and prefix matches let "recipe" meet "recipients".
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      prefix: false,
    };
    const conceptQuery: Query = {
      queries: request.conceptIds.map((id) => CONCEPT_MARK + id),
      combineWith: 'OR',
      fields: ['concepts'],
      tokenize: splitOnSpaces,
      processTerm: (term) => term,
    };
    const queries = [request.words.length > 0 ? wordQuery : undefined, request.conceptIds.length > 0 ? conceptQuery : undefined];
    const query: Query = { combineWith: 'OR', queries: queries.filter((q): q is Exclude<typeof q, undefined> => q !== undefined) };
    if (query.queries.length === 0) return [];
    const cityIds = request.cityIds;
    const kinds = request.kinds;
    const themes = new Set(request.themes);
    const results = this.miniSearch.search(query, {
      boost: BOOST,
      filter: (r: SearchResult) =>
        (cityIds === undefined || (r.cities as string[]).some((c) => cityIds.includes(c))) &&
        (kinds === undefined || kinds.includes(r.kind as RecordKind)),
      boostDocument: (_id, _term, stored) =>
        themes.size > 0 && (stored?.themes as Theme[] | undefined)?.some((t) => themes.has(t)) ? THEME_BOOST : 1,
    });
    return results.slice(0, request.limit ?? 10).map((r) => ({
      id: r.id as string,
      kind: r.kind as RecordKind,
      score: r.score,
      matchedWords: r.queryTerms.filter((t) => !t.startsWith(CONCEPT_MARK)),
      matchedConcepts: r.queryTerms.filter((t) => t.startsWith(CONCEPT_MARK)).map((t) => t.slice(CONCEPT_MARK.length)),
    }));
  }
}
