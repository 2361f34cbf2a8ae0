/** Browsing the practices by city, theme, actor or target group, a page at a time. */
import type { Localizer } from '../i18n.js';
import { ACTORS, TARGET_GROUPS, THEMES, type Actor, type Language, type TargetGroup, type Theme } from '../inventory/taxonomy.js';
import type { Inventory, Practice } from '../inventory/types.js';
import { fold } from '../language/analyzer.js';
import type { Answerer } from './answer.js';
import { rankCityPractices } from './rankCityPractices.js';

export interface BrowseFilters {
  city?: string | undefined;
  theme?: Theme | undefined;
  actor?: Actor | undefined;
  targetGroup?: TargetGroup | undefined;
}

export const FILTER_KEYS = ['city', 'theme', 'actor', 'targetGroup'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const PAGE_SIZE = 5;

/** Concepts of the glossary that name a target group. */
const CONCEPT_GROUPS: Record<string, TargetGroup> = { refugees: 'refugees-and-asylum-seekers', roma: 'roma', migrants: 'migrants' };

export class BrowseReader {
  private readonly labels = new Map<string, { key: 'actor' | 'targetGroup' | 'theme'; id: string }>();

  constructor(localizer: Localizer) {
    for (const language of localizer.languages) {
      const t = localizer.t(language);
      const add = (key: 'actor' | 'targetGroup' | 'theme', group: string, ids: readonly string[]) => {
        for (const id of ids) this.labels.set(fold(t(`taxonomy:${group}.${id}`).toLowerCase()), { key, id });
      };
      add('theme', 'theme', THEMES);
      add('actor', 'actor', ACTORS);
      add('targetGroup', 'targetGroup', TARGET_GROUPS);
    }
  }

  /** Filters named in a browse request ("browse Vienna participation", "browse NGO"). */
  read(text: string, language: Language, answerer: Answerer): BrowseFilters {
    const filters: BrowseFilters = {};
    const said = fold(text.toLowerCase()).trim();
    for (const [label, { key, id }] of this.labels) {
      if (label.length > 2 && said.includes(label) && filters[key] === undefined) Object.assign(filters, { [key]: id });
    }
    const question = answerer.read(text, language);
    if (question.cityIds[0]) filters.city = question.cityIds[0];
    filters.theme ??= question.themes[0];
    const group = question.genericConceptIds.concat(question.conceptIds).map((c) => CONCEPT_GROUPS[c]).find(Boolean);
    filters.targetGroup ??= group;
    return filters;
  }
}

export interface BrowsePage {
  practices: Practice[];
  total: number;
  page: number;
  pages: number;
}

export function browse(inventory: Inventory, filters: BrowseFilters, page: number): BrowsePage {
  const matching = rankCityPractices([...inventory.practices.values()]).filter(
    (p) =>
      (filters.city === undefined || p.cityId === filters.city) &&
      (filters.theme === undefined || p.themes.includes(filters.theme)) &&
      (filters.actor === undefined || p.actors.includes(filters.actor)) &&
      (filters.targetGroup === undefined || p.targetGroups.includes(filters.targetGroup)),
  );
  const byCity = [...matching].sort((a, b) => a.cityId.localeCompare(b.cityId));
  const pages = Math.max(1, Math.ceil(byCity.length / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return { practices: byCity.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE), total: byCity.length, page: current, pages };
}
