/**
 * Recommending practices for a city's profile: a scoring function that can be read, explained
 * and tested. Every point a practice earns comes with a reason shown to the user.
 *
 *   theme of the challenge     +5 when it is the practice's main theme, +3 when a further theme
 *   group concerned            +2 when the practice is aimed at that group
 *   actor the city works with  +2 when the practice involves that actor
 *   evidence                   +1 for CLIP material
 *   results, transferability   +1 each when the record has them
 *   city size                  +1 when the practice's city is of the same size class
 *   housing market             +1 for access/affordability practices where the market is tight
 *   social housing share       +1 for practices that use social housing where the share is high,
 *                              or the private rental market where it is low
 * Practices that do not touch the chosen theme at all, debates and cautionary examples are never
 * recommended.
 */
import type { Actor, Theme } from '../inventory/taxonomy.js';
import type { City, Inventory, Practice } from '../inventory/types.js';
import { rankCityPractices } from './rankCityPractices.js';

export const CITY_SIZES = ['small', 'medium', 'large'] as const;
export const MARKETS = ['tight', 'relaxed'] as const;
export const SOCIAL_SHARES = ['low', 'medium', 'high'] as const;
export const GROUPS = ['refugees', 'labourMigrants', 'euMovers', 'roma', 'allMigrants'] as const;

export type CitySize = (typeof CITY_SIZES)[number];
export type Market = (typeof MARKETS)[number];
export type SocialShare = (typeof SOCIAL_SHARES)[number];
export type Group = (typeof GROUPS)[number];

export interface CityProfile {
  theme: Theme;
  size?: CitySize | undefined;
  market?: Market | undefined;
  socialShare?: SocialShare | undefined;
  group?: Group | undefined;
  /** undefined: any actor. */
  actor?: Actor | undefined;
}

export type ReasonKey =
  | 'theme'
  | 'secondaryTheme'
  | 'group'
  | 'actor'
  | 'clipEvidence'
  | 'results'
  | 'transferability'
  | 'similarSize'
  | 'tightMarket'
  | 'socialHousing'
  | 'privateMarket';

export interface Reason {
  key: ReasonKey;
  points: number;
  /** Ids the text names: a theme, group, actor or city id. */
  about?: string;
}

export interface Recommendation {
  practice: Practice;
  city: City;
  score: number;
  reasons: Reason[];
}

export const POINTS: Record<ReasonKey, number> = {
  theme: 5,
  secondaryTheme: 3,
  group: 2,
  actor: 2,
  clipEvidence: 1,
  results: 1,
  transferability: 1,
  similarSize: 1,
  tightMarket: 1,
  socialHousing: 1,
  privateMarket: 1,
};

/** The target groups of the inventory that count as each group a city may name. */
const GROUP_TARGETS: Record<Group, string[]> = {
  refugees: ['refugees-and-asylum-seekers'],
  labourMigrants: ['migrants', 'ethnic-minorities'],
  euMovers: ['migrants'],
  roma: ['roma'],
  allMigrants: ['migrants', 'refugees-and-asylum-seekers', 'ethnic-minorities'],
};

export const MIN_RECOMMENDATIONS = 3;
export const MAX_RECOMMENDATIONS = 5;

export function sizeOf(population: number): CitySize {
  return population < 100_000 ? 'small' : population <= 500_000 ? 'medium' : 'large';
}

export function scorePractice(practice: Practice, city: City, profile: CityProfile): Recommendation | undefined {
  if (practice.kind === 'debate' || practice.kind === 'cautionary') return undefined;
  const reasons: Reason[] = [];
  const add = (key: ReasonKey, about?: string) => reasons.push({ key, points: POINTS[key], ...(about ? { about } : {}) });
  if (practice.themes[0] === profile.theme) add('theme', profile.theme);
  else if (practice.themes.includes(profile.theme)) add('secondaryTheme', profile.theme);
  else return undefined;
  if (profile.group && practice.targetGroups.some((g) => GROUP_TARGETS[profile.group!].includes(g))) add('group', profile.group);
  if (profile.actor && practice.actors.includes(profile.actor)) add('actor', profile.actor);
  if (practice.evidence === 'clip') add('clipEvidence');
  if (practice.results) add('results');
  if (practice.transferability) add('transferability');
  if (profile.size && city.population && sizeOf(city.population.value) === profile.size) add('similarSize', city.id);
  if (profile.market === 'tight' && practice.themes.some((t) => t === 'affordability' || t === 'access-to-housing')) add('tightMarket');
  if (profile.socialShare === 'high' && practice.targetGroups.includes('social-housing-tenants')) add('socialHousing');
  if (profile.socialShare === 'low' && practice.targetGroups.some((g) => g === 'private-landlords' || g === 'private-tenants')) add('privateMarket');
  return { practice, city, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/** The best practices for a profile, at most five, best first; ties keep the profile order. */
export function recommendPractices(inventory: Inventory, profile: CityProfile): Recommendation[] {
  const ordered = rankCityPractices([...inventory.practices.values()]);
  return ordered
    .map((p) => scorePractice(p, inventory.cities.get(p.cityId)!, profile))
    .filter((r): r is Recommendation => r !== undefined)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_RECOMMENDATIONS);
}
