/**
 * Turns a question into an Answer: what the inventory has to say, before any wording or
 * rendering. Pure apart from reading the index; the bot, the search API and the evaluation
 * all go through here.
 */
import { LRUCache } from 'lru-cache';
import type { InventoryIndex, SearchHit } from '../inventory/search.js';
import type { Language, Theme } from '../inventory/taxonomy.js';
import type { City, Document, Inventory, Passage, Practice } from '../inventory/types.js';
import { QuestionReader, type ReadQuestion } from './readQuestion.js';
import { rankCityPractices } from './rankCityPractices.js';

export type Finding =
  | { kind: 'practice'; score: number; practice: Practice; city: City }
  | { kind: 'passage'; score: number; passage: Passage; document: Document };

export type Answer =
  /** Nothing to search for. */
  | { kind: 'empty'; question: ReadQuestion }
  /** Not about housing or integration at all: no answer, no citation. */
  | { kind: 'offTopic'; question: ReadQuestion }
  /** On topic, but nothing in the inventory matches well enough. */
  | { kind: 'noMatch'; question: ReadQuestion }
  | { kind: 'findings'; question: ReadQuestion; city: City | undefined; findings: Finding[] }
  /** A question about a city as a whole. */
  | { kind: 'cityProfile'; question: ReadQuestion; city: City; practices: Practice[] }
  /**
   * The city asked about has nothing documented on the question (or nothing at all, when
   * city.practiceIds is empty); related findings come from other cities.
   */
  | { kind: 'cityGap'; question: ReadQuestion; city: City; related: Finding[] }
  /** The best findings are too close to tell apart, or the question too vague: ask which is meant. */
  | { kind: 'clarify'; question: ReadQuestion; candidates: Finding[] };

export interface AnswerOptions {
  /** How many findings to show at most. */
  limit?: number;
  /** How many of the best findings to skip ("tell me more" shows the next ones). */
  offset?: number;
}

const DEFAULT_LIMIT = 3;
/** Without a glossary concept among its matches, a record must match more than this share of what the question asks for. */
const MIN_MATCHED_SHARE = 0.5;
/** With a glossary concept among the matches, a smaller share is enough. */
const MIN_MATCHED_SHARE_WITH_CONCEPT = 0.3;
/**
 * Within the records of the city a question names (a handful, not a hundred), a record that
 * matches a quarter of what is asked is already a likely answer to a paraphrased question.
 */
const MIN_MATCHED_SHARE_IN_CITY = 0.25;
/** Findings after the first must score at least this fraction of the first. */
const MIN_RELATIVE_SCORE = 0.35;

/** Questions remembered with their answers: the examples and buttons the bot offers come back often. */
const REMEMBERED_QUESTIONS = 5000;

export class Answerer {
  private readonly reader: QuestionReader;
  /**
   * The inventory does not change while the process runs, so a question read once reads the same
   * again, and its answer is kept with it (answers are never modified after they are made).
   */
  private readonly readQuestions = new LRUCache<string, ReadQuestion>({ max: REMEMBERED_QUESTIONS });
  private readonly answers = new WeakMap<ReadQuestion, Map<string, Answer>>();

  constructor(
    private readonly inventory: Inventory,
    private readonly index: InventoryIndex,
    reader: QuestionReader,
  ) {
    this.reader = reader;
  }

  /** Drops the remembered questions and answers (the benchmark uses it to time the work itself). */
  forget(): void {
    this.readQuestions.clear();
  }

  read(text: string, language: Language): ReadQuestion {
    const key = `${language}\u0000${text}`;
    let question = this.readQuestions.get(key);
    if (!question) {
      question = this.reader.read(text, language);
      this.readQuestions.set(key, question);
    }
    return question;
  }

  answer(text: string, language: Language, options: AnswerOptions = {}): Answer {
    return this.answerQuestion(this.read(text, language), options);
  }

  /** Answers a question already read (a follow-up re-uses the previous question with a new city). */
  answerQuestion(question: ReadQuestion, options: AnswerOptions = {}): Answer {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const offset = options.offset ?? 0;
    let known = this.answers.get(question);
    if (!known) this.answers.set(question, (known = new Map()));
    const key = `${limit}/${offset}`;
    let answer = known.get(key);
    if (!answer) {
      answer = this.work(question, limit, offset);
      known.set(key, answer);
    }
    return answer;
  }

  private work(question: ReadQuestion, limit: number, offset: number): Answer {
    if (question.words.length === 0 && question.cityIds.length === 0) return { kind: 'empty', question };

    const city = question.cityIds.length > 0 ? this.inventory.cities.get(question.cityIds[0]!) : undefined;
    const specific = question.contentWords.length > 0 || question.conceptIds.length > 0;
    if (city && !specific) {
      const practices = rankCityPractices(city.practiceIds.map((id) => this.inventory.practices.get(id)!));
      return { kind: 'cityProfile', question, city, practices };
    }
    if (!specific) {
      // Only generic words ("What is CLIP?", "good practice"): worth a search over them all.
      const findings = this.find({ ...question, contentWords: question.words }, undefined, limit);
      return findings.length > 0 ? { kind: 'findings', question, city: undefined, findings } : { kind: 'noMatch', question };
    }

    if (!this.isOnTopic(question)) return { kind: 'offTopic', question };
    const all = this.find(question, question.cityIds.length > 0 ? question.cityIds : undefined, offset + limit);
    const findings = all.slice(offset);
    if (offset === 0 && !city && needsClarifying(question, findings)) return { kind: 'clarify', question, candidates: findings };
    if (findings.length > 0) return { kind: 'findings', question, city, findings };
    if (offset > 0) return { kind: 'noMatch', question };
    if (city) {
      const related = this.find(question, undefined, limit).filter(
        (f) => f.kind === 'practice' && f.city.id !== city.id,
      );
      return { kind: 'cityGap', question, city, related };
    }
    return { kind: 'noMatch', question };
  }

  /** Ranked findings for a question, good matches only. */
  find(question: ReadQuestion, cityIds: string[] | undefined, limit: number, themes: Theme[] = []): Finding[] {
    const hits = this.index.search({
      words: question.words,
      language: question.language,
      conceptIds: question.conceptIds,
      themes: [...new Set([...question.themes, ...themes])],
      cityIds,
      limit: limit * 4,
    });
    const wanted = this.wanted(question);
    const minShare = cityIds === undefined ? undefined : MIN_MATCHED_SHARE_IN_CITY;
    const good = hits.filter((hit) => isGoodMatch(hit, wanted, minShare));
    const top = good[0]?.score ?? 0;
    return good
      .filter((hit) => hit.score >= top * MIN_RELATIVE_SCORE)
      .slice(0, limit)
      .map((hit) => this.toFinding(hit));
  }

  /** What a record should match: the specific words' stems and the concepts. */
  private wanted(question: ReadQuestion): Wanted {
    return {
      words: [...new Set(question.contentWords)].map((w) => this.index.forms(w, question.language)),
      concepts: new Set(question.conceptIds),
    };
  }

  /**
   * Whether the question is about the inventory's domain at all: it names a glossary concept
   * (even a generic one such as "migrants"), or a word of some practice's or passage's title
   * ("pact", "wohnpartner"). A word that merely occurs somewhere in a text ("match", "train")
   * is not enough: that is how off-topic questions would pick up a plausible-looking answer.
   */
  private isOnTopic(question: ReadQuestion): boolean {
    return (
      question.conceptIds.length > 0 ||
      question.genericConceptIds.length > 0 ||
      question.contentWords.some((w) => this.index.isTitleWord(w, question.language))
    );
  }

  private toFinding(hit: SearchHit): Finding {
    if (hit.kind === 'practice') {
      const practice = this.inventory.practices.get(hit.id)!;
      return { kind: 'practice', score: hit.score, practice, city: this.inventory.cities.get(practice.cityId)! };
    }
    const passage = this.inventory.passages.get(hit.id)!;
    return { kind: 'passage', score: hit.score, passage, document: this.inventory.documents.get(passage.documentId)! };
  }
}

/** Per specific word of the question, the forms it can match under; and the concepts it names. */
interface Wanted {
  words: string[][];
  concepts: Set<string>;
}

/** Scores within this ratio count as too close to tell apart. */
const CLOSE_SCORES = 0.95;

/**
 * Ask rather than guess: when a question without a city is a single specific word that several
 * cities' practices match, or when the two best practices, from different cities, score alike.
 */
function needsClarifying(question: ReadQuestion, findings: Finding[]): boolean {
  const practices = findings.filter((f): f is Extract<Finding, { kind: 'practice' }> => f.kind === 'practice');
  if (practices.length < 2) return false;
  const cities = new Set(practices.map((f) => f.city.id));
  if (cities.size < 2) return false;
  const vague = question.contentWords.length + question.conceptIds.length <= 1 && question.contentWords.length <= 1;
  const [first, second] = practices;
  const close = first!.city.id !== second!.city.id && second!.score >= first!.score * CLOSE_SCORES;
  return vague || close;
}

function isGoodMatch(hit: SearchHit, wanted: Wanted, minShare?: number): boolean {
  const size = wanted.words.length + wanted.concepts.size;
  if (size === 0) return false;
  const matched = new Set(hit.matchedWords);
  const words = wanted.words.filter((forms) => forms.some((f) => matched.has(f))).length;
  const concepts = hit.matchedConcepts.filter((c) => wanted.concepts.has(c)).length;
  const share = (words + concepts) / size;
  if (minShare !== undefined && share >= minShare) return true;
  return share > MIN_MATCHED_SHARE || (concepts > 0 && share >= MIN_MATCHED_SHARE_WITH_CONCEPT);
}
