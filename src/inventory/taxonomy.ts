/**
 * The fixed vocabularies of the inventory. Seed files use these ids; labels for people
 * live in locales/<lng>/taxonomy.json, never here.
 */

/** The languages of the housing module's cities. English is the reference language. */
export const LANGUAGES = ['en', 'de', 'fr', 'nl', 'it', 'es', 'ca', 'sv', 'da', 'fi', 'hu', 'hr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const REFERENCE_LANGUAGE: Language = 'en';

export const THEMES = [
  'segregation-and-social-mix',
  'access-to-housing',
  'quality-of-housing',
  'affordability',
  'information-and-counselling',
  'anti-discrimination',
  'neighbourhood-renewal',
  'participation',
  'monitoring',
] as const;
export type Theme = (typeof THEMES)[number];

export const ACTORS = [
  'city-administration',
  'housing-company',
  'social-partner',
  'religious-organisation',
  'ngo',
  'voluntary-organisation',
  'research',
] as const;
export type Actor = (typeof ACTORS)[number];

export const TARGET_GROUPS = [
  'migrants',
  'refugees-and-asylum-seekers',
  'ethnic-minorities',
  'roma',
  'low-income-households',
  'families-with-children',
  'young-people',
  'older-people',
  'residents-of-deprived-areas',
  'social-housing-tenants',
  'private-tenants',
  'private-landlords',
  'all-residents',
  'city-staff',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** What sort of record a practice is: a recommender must not offer a cautionary tale as a model. */
export const PRACTICE_KINDS = ['practice', 'policy', 'study', 'debate', 'cautionary'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** clip: stated in CLIP material; external: another public source about the same city. */
export const EVIDENCE_LEVELS = ['clip', 'external'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/**
 * case-study: a CLIP housing case study for the city was found; network-member: the city is a
 * confirmed CLIP member but no housing case study was found; unconfirmed: neither is confirmed.
 */
export const CLIP_STATUSES = ['case-study', 'network-member', 'unconfirmed'] as const;
export type ClipStatus = (typeof CLIP_STATUSES)[number];

/** The label group in locales (taxonomy:<group>.<id>) of a theme, actor or target group id. */
export function taxonomyGroup(id: string): 'theme' | 'actor' | 'targetGroup' | undefined {
  if ((THEMES as readonly string[]).includes(id)) return 'theme';
  if ((ACTORS as readonly string[]).includes(id)) return 'actor';
  if ((TARGET_GROUPS as readonly string[]).includes(id)) return 'targetGroup';
  return undefined;
}
