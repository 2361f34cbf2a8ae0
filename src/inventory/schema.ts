/**
 * The shape of the seed files, as zod schemas. The loader validates every file against these
 * and turns the first problems into messages naming file, record and field.
 */
import { z } from 'zod';
import {
  ACTORS,
  CLIP_STATUSES,
  EVIDENCE_LEVELS,
  LANGUAGES,
  PRACTICE_KINDS,
  TARGET_GROUPS,
  THEMES,
} from './taxonomy.js';

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const year = z.int().min(1900).max(2100);

/** An object with one key per language: English required (the reference), the others optional. */
function perLanguage<R extends z.ZodType, O extends z.ZodType>(required: R, optional: O) {
  return z.strictObject({
    en: required,
    de: optional,
    fr: optional,
    nl: optional,
    it: optional,
    es: optional,
    ca: optional,
    sv: optional,
    da: optional,
    fi: optional,
    hu: optional,
    hr: optional,
  });
}

/**
 * A text with an English version and, optionally, versions in the other eleven languages.
 * English is required because it is the inventory's reference language.
 */
export const localizedTextSchema = perLanguage(text, text.optional());

/** Texts in any of the languages, none required. */
export const optionalTextsSchema = perLanguage(text.optional(), text.optional());
export type OptionalTexts = z.infer<typeof optionalTextsSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  title: text.optional(),
  year: year.optional(),
});

export const periodSchema = z
  .strictObject({
    start: year.optional(),
    end: year.optional(),
    note: localizedTextSchema.optional(),
  })
  .refine((p) => p.start === undefined || p.end === undefined || p.start <= p.end, {
    message: 'start must not be after end',
  })
  .refine((p) => p.start !== undefined || p.end !== undefined || p.note !== undefined, {
    message: 'needs a start, an end or a note',
  });

export const practiceSchema = z.strictObject({
  id: slug,
  kind: z.enum(PRACTICE_KINDS),
  title: localizedTextSchema,
  /** The programme's name in its own language, e.g. "Frankfurter Vertrag". */
  originalName: text.optional(),
  summary: localizedTextSchema,
  themes: z.array(z.enum(THEMES)).min(1, 'needs at least one theme'),
  actors: z.array(z.enum(ACTORS)).min(1, 'needs at least one actor'),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1, 'needs at least one target group'),
  period: periodSchema.optional(),
  results: localizedTextSchema.optional(),
  transferability: localizedTextSchema.optional(),
  /** What the sources leave uncertain; shown to the user, never hidden. */
  caveats: z.array(localizedTextSchema).optional(),
  evidence: z.enum(EVIDENCE_LEVELS),
  sources: z.array(sourceSchema).min(1, 'a practice needs at least one source'),
});

export const populationSchema = z.strictObject({
  value: z.int().positive(),
  year: year.optional(),
  source: z.url().optional(),
});

export const citySchema = z.strictObject({
  id: slug,
  name: text,
  /** ISO 3166-1 alpha-2 code; the country's name comes from locales. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE'),
  /** Other names the city goes by (short forms, exonyms), used to recognise it in questions. */
  names: z.array(text).default([]),
  /** How each language writes the city's name, for display ("Wien", "Bécs"); defaults to `name`. */
  nameIn: optionalTextsSchema.optional(),
  population: populationSchema.optional(),
  clipStatus: z.enum(CLIP_STATUSES),
  clipNote: localizedTextSchema.optional(),
  context: localizedTextSchema.optional(),
  sources: z.array(sourceSchema).min(1, 'a city needs at least one source'),
  practices: z.array(practiceSchema).default([]),
});

export const passageSchema = z.strictObject({
  id: slug,
  section: text,
  /** The section heading in other languages. */
  sectionIn: optionalTextsSchema.optional(),
  /** The passage in the document's language. */
  text: text,
  /** A short restatement in the other languages (the passage itself is in the document's language). */
  gist: optionalTextsSchema.optional(),
  themes: z.array(z.enum(THEMES)).default([]),
  /** Ids of cities the passage is about. */
  cities: z.array(slug).default([]),
  /** Overrides the document's sources for this passage. */
  sources: z.array(sourceSchema).min(1).optional(),
});

export const documentSchema = z.strictObject({
  id: slug,
  title: text,
  /** The title in other languages. */
  titleIn: optionalTextsSchema.optional(),
  author: text,
  year: year,
  language: z.enum(LANGUAGES),
  /** Where the document appeared (a workshop, a series), when that helps people find it. */
  publishedIn: text.optional(),
  /** seed-paper: an original text shipped in seeds/; digest: our own summary of a report. */
  kind: z.enum(['seed-paper', 'digest']),
  /** For a seed paper: the file beside the YAML holding the original text, served by the bot. */
  originalFile: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in seeds/documents/').optional(),
  sources: z.array(sourceSchema).default([]),
  passages: z.array(passageSchema).min(1, 'a document needs at least one passage'),
});

export type SourceRef = z.infer<typeof sourceSchema>;
export type Period = z.infer<typeof periodSchema>;
export type PracticeSeed = z.infer<typeof practiceSchema>;
export type CitySeed = z.infer<typeof citySchema>;
export type PassageSeed = z.infer<typeof passageSchema>;
export type DocumentSeed = z.infer<typeof documentSchema>;

const termList = z.array(text.transform((t) => t.toLowerCase())).min(1);

export const conceptSchema = z.strictObject({
  id: slug,
  /** Themes a question naming this concept is about. */
  themes: z.array(z.enum(THEMES)).default([]),
  /** Generic concepts do not make a question specific (and do not steer the ranking). */
  generic: z.boolean().default(false),
  terms: perLanguage(termList, termList.optional()),
});

export const glossarySchema = z.strictObject({
  concepts: z.array(conceptSchema).min(1),
});

export type ConceptSeed = z.infer<typeof conceptSchema>;
