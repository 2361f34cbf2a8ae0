import { beforeAll, describe, expect, it } from 'vitest';
import { POINTS, recommendPractices, scorePractice, sizeOf, type CityProfile } from '../../src/answers/recommend.js';
import type { Inventory } from '../../src/inventory/types.js';
import { realAssistant } from '../helpers/assistant.js';

let inventory: Inventory;
beforeAll(async () => {
  inventory = (await realAssistant()).inventory;
});

const practice = (id: string) => inventory.practices.get(id)!;
const cityOf = (id: string) => inventory.cities.get(practice(id).cityId)!;

describe('scorePractice', () => {
  it('adds up the points of its reasons, each named', () => {
    const profile: CityProfile = { theme: 'segregation-and-social-mix', market: 'tight', actor: 'housing-company', group: 'allMigrants' };
    const scored = scorePractice(practice('frankfurt-anti-segregation-allocation'), cityOf('frankfurt-anti-segregation-allocation'), profile)!;
    expect(scored.reasons.map((r) => r.key)).toEqual(['theme', 'group', 'actor', 'clipEvidence', 'results', 'tightMarket']);
    expect(scored.score).toBe(POINTS.theme + POINTS.group + POINTS.actor + POINTS.clipEvidence + POINTS.results + POINTS.tightMarket);
  });

  it('gives fewer points for a further theme than for the main one', () => {
    const p = practice('frankfurt-anti-segregation-allocation');
    expect(scorePractice(p, cityOf(p.id), { theme: 'access-to-housing' })!.reasons[0]).toEqual({ key: 'secondaryTheme', points: 3, about: 'access-to-housing' });
  });

  it('never recommends a practice off the theme, a debate or a cautionary example', () => {
    expect(scorePractice(practice('frankfurt-anti-segregation-allocation'), cityOf('frankfurt-anti-segregation-allocation'), { theme: 'monitoring' })).toBeUndefined();
    expect(scorePractice(practice('frankfurt-ethnic-allocation-debate'), cityOf('frankfurt-ethnic-allocation-debate'), { theme: 'anti-discrimination' })).toBeUndefined();
    expect(scorePractice(practice('zagreb-paromlinska-roma-relocation'), cityOf('zagreb-paromlinska-roma-relocation'), { theme: 'quality-of-housing' })).toBeUndefined();
  });

  it('counts a city of the same size class', () => {
    expect(sizeOf(99_999)).toBe('small');
    expect(sizeOf(470_044)).toBe('medium');
    expect(sizeOf(650_000)).toBe('large');
    const p = practice('frankfurt-anti-segregation-allocation');
    expect(scorePractice(p, cityOf(p.id), { theme: 'segregation-and-social-mix', size: 'large' })!.reasons.map((r) => r.key)).toContain('similarSize');
  });
});

describe('recommendPractices', () => {
  it('returns three to five practices on the theme, best first', () => {
    const result = recommendPractices(inventory, { theme: 'access-to-housing', group: 'refugees' });
    expect(result.length).toBeGreaterThanOrEqual(3);
    expect(result.length).toBeLessThanOrEqual(5);
    for (const r of result) expect(r.practice.themes).toContain('access-to-housing');
    expect(result.map((r) => r.score)).toEqual([...result.map((r) => r.score)].sort((a, b) => b - a));
  });
});
