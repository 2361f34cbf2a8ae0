/** What a comparison request names: two or three cities, or two or three practices. */
import type { Language } from '../inventory/taxonomy.js';
import type { City, Inventory, Practice } from '../inventory/types.js';
import { splitList } from '../language/conjunctions.js';
import type { Answerer } from './answer.js';

export type Comparison = { kind: 'cities'; cities: City[] } | { kind: 'practices'; practices: { practice: Practice; city: City }[] };

export const MAX_COMPARED = 3;

export function resolveComparison(request: string, language: Language, answerer: Answerer, inventory: Inventory): Comparison | undefined {
  const whole = answerer.read(request, language);
  if (whole.cityIds.length >= 2 && whole.contentWords.length === 0 && whole.conceptIds.length === 0) {
    return { kind: 'cities', cities: whole.cityIds.slice(0, MAX_COMPARED).map((id) => inventory.cities.get(id)!) };
  }
  const practices: { practice: Practice; city: City }[] = [];
  for (const item of splitList(request)) {
    const question = answerer.read(item, language);
    const best = answerer.find(question, question.cityIds.length > 0 ? question.cityIds : undefined, 1).find((f) => f.kind === 'practice');
    if (best?.kind === 'practice' && !practices.some((p) => p.practice.id === best.practice.id)) practices.push({ practice: best.practice, city: best.city });
  }
  return practices.length >= 2 ? { kind: 'practices', practices: practices.slice(0, MAX_COMPARED) } : undefined;
}

export function comparisonOfPractices(ids: string[], inventory: Inventory): Comparison | undefined {
  const practices = ids
    .map((id) => inventory.practices.get(id))
    .filter((p): p is Practice => p !== undefined)
    .map((practice) => ({ practice, city: inventory.cities.get(practice.cityId)! }));
  return practices.length >= 2 ? { kind: 'practices', practices: practices.slice(0, MAX_COMPARED) } : undefined;
}
