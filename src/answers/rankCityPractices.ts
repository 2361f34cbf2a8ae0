/**
 * Orders a city's practices for its profile, best first: model practices and policies before
 * studies, debates and cautionary examples; then CLIP evidence before external; then records
 * with fewer open questions (caveats); then better-sourced ones.
 */
import type { PracticeKind } from '../inventory/taxonomy.js';
import type { Practice } from '../inventory/types.js';

const KIND_ORDER: Record<PracticeKind, number> = { practice: 0, policy: 1, study: 2, debate: 3, cautionary: 4 };

export function rankCityPractices(practices: Practice[]): Practice[] {
  return [...practices].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      Number(b.evidence === 'clip') - Number(a.evidence === 'clip') ||
      (a.caveats?.length ?? 0) - (b.caveats?.length ?? 0) ||
      b.sources.length - a.sources.length ||
      a.id.localeCompare(b.id),
  );
}
