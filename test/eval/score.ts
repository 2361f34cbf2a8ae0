/**
 * Scores the assistant on the evaluation questions: for each question, where the expected
 * record (or city) stands in the answer. Shared by `npm run eval` and the benchmarks.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Answer } from '../../src/answers/answer.js';
import { turnLanguage, type Assistant } from '../../src/bot/assistant.js';
import { LANGUAGES } from '../../src/inventory/taxonomy.js';

const ids = z.union([z.string(), z.array(z.string()).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

const questionSchema = z.object({
  q: z.string().min(1),
  lang: z.enum(LANGUAGES).default('en'),
  /** false: the question is sent without a locale, so its language must be detected. */
  locale: z.boolean().default(true),
  expect: z.union([
    z.strictObject({ practice: ids }),
    z.strictObject({ passage: ids }),
    z.strictObject({ city: z.string() }),
    z.strictObject({ none: z.literal(true) }),
  ]),
});

export type EvalQuestion = z.infer<typeof questionSchema>;
export type Category = 'practice' | 'passage' | 'city' | 'none';

export function loadQuestions(file: string): EvalQuestion[] {
  return z.object({ questions: z.array(questionSchema).min(1) }).parse(parse(readFileSync(file, 'utf8'))).questions;
}

export function categoryOf(question: EvalQuestion): Category {
  return Object.keys(question.expect)[0] as Category;
}

export interface Outcome {
  question: EvalQuestion;
  category: Category;
  /** 1-based rank of the first correct item, or undefined when none is correct. */
  rank: number | undefined;
  /** What the answer offered, in order, for reports. */
  offered: string[];
}

/** The items an answer offers, in order: record ids, or city:<id> for a city profile. */
export function offeredItems(answer: Answer): { ids: string[]; cities: string[][] } {
  switch (answer.kind) {
    case 'findings':
      return {
        ids: answer.findings.map((f) => (f.kind === 'practice' ? f.practice.id : f.passage.id)),
        cities: answer.findings.map((f) => (f.kind === 'practice' ? [f.city.id] : f.passage.cities)),
      };
    case 'cityProfile':
      return { ids: [`city:${answer.city.id}`], cities: [[answer.city.id]] };
    case 'clarify':
      // "Did you mean …?": the choices offered, in order.
      return {
        ids: answer.candidates.map((f) => (f.kind === 'practice' ? f.practice.id : f.passage.id)),
        cities: answer.candidates.map((f) => (f.kind === 'practice' ? [f.city.id] : f.passage.cities)),
      };
    default:
      return { ids: [], cities: [] };
  }
}

export function score(question: EvalQuestion, answer: Answer): Outcome {
  const category = categoryOf(question);
  const { ids: offered, cities } = offeredItems(answer);
  let rank: number | undefined;
  const e = question.expect;
  if ('none' in e) {
    rank = offered.length === 0 ? 1 : undefined;
  } else if ('city' in e) {
    const i = cities.findIndex((c) => c.length === 1 && c[0] === e.city);
    rank = i >= 0 ? i + 1 : undefined;
  } else {
    const wanted = 'practice' in e ? e.practice : e.passage;
    const i = offered.findIndex((id) => wanted.includes(id));
    rank = i >= 0 ? i + 1 : undefined;
  }
  return { question, category, rank, offered };
}

export interface Summary {
  count: number;
  top1: number;
  top3: number;
  mrr: number;
}

export function summarise(outcomes: Outcome[]): Summary {
  const count = outcomes.length;
  if (count === 0) return { count, top1: 0, top3: 0, mrr: 0 };
  return {
    count,
    top1: outcomes.filter((o) => o.rank === 1).length / count,
    top3: outcomes.filter((o) => o.rank !== undefined && o.rank <= 3).length / count,
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / count,
  };
}

/** Answers each question as the bot would: its language resolved from the locale (if sent) and the text. */
export function runEval(assistant: Assistant, questions: EvalQuestion[]): Outcome[] {
  return questions.map((q) => {
    const { understand } = turnLanguage(assistant, { locale: q.locale ? q.lang : undefined }, q.q);
    return score(q, assistant.answerer.answer(q.q, understand, { limit: 3 }));
  });
}
