/** GET /api/search: the inventory's ranking as JSON, for integrators. */
import { z } from 'zod';
import { renderContext, type Assistant } from '../bot/assistant.js';
import { MAX_QUESTION_LENGTH } from '../dialogs/cleanQuestion.js';
import { LANGUAGES, REFERENCE_LANGUAGE, THEMES } from '../inventory/taxonomy.js';
import { detectLanguageCached } from '../language/detectLanguage.js';

export const searchParamsSchema = z.object({
  q: z
    .string({ error: 'q is required' })
    .trim()
    .min(1, 'q must not be empty')
    .max(MAX_QUESTION_LENGTH, `q must be at most ${MAX_QUESTION_LENGTH} characters`),
  lang: z.enum(LANGUAGES, { error: `lang must be one of ${LANGUAGES.join(', ')}` }).optional(),
  city: z.string().regex(/^[a-z0-9-]{1,64}$/, 'city must be a city id such as frankfurt').optional(),
  theme: z.enum(THEMES, { error: `theme must be one of ${THEMES.join(', ')}` }).optional(),
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(50, 'limit must be at most 50')
    .default(10),
});

export interface SearchResultJson {
  id: string;
  kind: 'practice' | 'passage';
  title: string;
  city: string | null;
  country: string | null;
  themes: string[];
  score: number;
  source: string;
}

export type SearchResponse =
  | {
      status: 200;
      body: {
        query: string;
        /** The language the query was read in: lang when given, else the detected one (or English when unsure). */
        language: string;
        /** What the detector made of the query, whether or not lang was given. */
        detectedLanguage: { language: string; sure: boolean };
        city: string | null;
        theme: string | null;
        results: SearchResultJson[];
      };
    }
  | { status: 400; body: { error: string } };

export function runSearch(query: Record<string, unknown>, assistant: Assistant): SearchResponse {
  const { inventory, answerer } = assistant;
  const { documentUrl } = renderContext(assistant, REFERENCE_LANGUAGE);
  const repeated = Object.entries(query).find(([, value]) => Array.isArray(value));
  if (repeated) return { status: 400, body: { error: `${repeated[0]} must be given once` } };
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) return { status: 400, body: { error: parsed.error.issues[0]!.message } };
  const { q, lang, city, theme, limit } = parsed.data;
  if (city !== undefined && !inventory.cities.has(city)) {
    return { status: 400, body: { error: `city must be one of ${[...inventory.cities.keys()].join(', ')}` } };
  }
  const detection = detectLanguageCached(q, assistant.support);
  const language = lang ?? (detection.sure ? detection.language : REFERENCE_LANGUAGE);
  const question = answerer.read(q, language);
  const cityIds = city !== undefined ? [city] : question.cityIds.length > 0 ? question.cityIds : undefined;
  const findings = answerer
    .find(question, cityIds, limit * 2, theme ? [theme] : [])
    .filter((f) => theme === undefined || (f.kind === 'practice' ? f.practice.themes : f.passage.themes).includes(theme))
    .slice(0, limit);
  /** A passage about several cities reports the one asked for, or none. */
  const passageCity = (cities: string[]) => cities.find((c) => cityIds?.includes(c)) ?? (cities.length === 1 ? cities[0]! : null);
  const results: SearchResultJson[] = findings.map((f) =>
    f.kind === 'practice'
      ? {
          id: f.practice.id,
          kind: 'practice',
          title: f.practice.title.en,
          city: f.city.id,
          country: f.city.country,
          themes: f.practice.themes,
          score: round(f.score),
          source: f.practice.sources[0]!.url,
        }
      : {
          id: f.passage.id,
          kind: 'passage',
          title: f.passage.section,
          city: passageCity(f.passage.cities),
          country: inventory.cities.get(passageCity(f.passage.cities) ?? '')?.country ?? null,
          themes: f.passage.themes,
          score: round(f.score),
          source: f.passage.sources[0]?.url ?? documentUrl(f.document.id),
        },
  );
  return {
    status: 200,
    body: {
      query: q,
      language,
      detectedLanguage: { language: detection.language, sure: detection.sure },
      city: city ?? cityIds?.[0] ?? null,
      theme: theme ?? null,
      results,
    },
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
