import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/inventory/load.js';
import { missingTranslations } from '../../src/inventory/translations.js';
import { SEEDS_DIR } from '../helpers/assistant.js';

const HOUSING_MODULE_CITIES = [
  'amsterdam', 'antwerp', 'arnsberg', 'breda', 'brescia', 'budapest', 'copenhagen', 'dublin', 'frankfurt', 'kirklees',
  'luxembourg', 'malmo', 'stuttgart', 'terrassa', 'turin', 'turku', 'valencia', 'vienna', 'wolverhampton', 'zagreb',
];

describe('the shipped seeds', () => {
  const inventory = loadInventory(SEEDS_DIR);

  it('hold exactly the 20 cities of the housing module', () => {
    expect([...inventory.cities.keys()].sort()).toEqual(HOUSING_MODULE_CITIES);
  });

  it('confirm a CLIP case study for the eight cities that have one', () => {
    const confirmed = [...inventory.cities.values()].filter((c) => c.clipStatus === 'case-study').map((c) => c.id).sort();
    expect(confirmed).toEqual(['amsterdam', 'antwerp', 'arnsberg', 'breda', 'frankfurt', 'stuttgart', 'terrassa', 'turku']);
  });

  it('give every practice a source and every city a source', () => {
    for (const p of inventory.practices.values()) expect(p.sources.length, p.id).toBeGreaterThan(0);
    for (const c of inventory.cities.values()) expect(c.sources.length, c.id).toBeGreaterThan(0);
  });

  it('index the seed paper and the report digest', () => {
    expect([...inventory.documents.keys()].sort()).toEqual(['clip-housing-report-digest', 'ozbabacan-2008-lecce']);
    expect(inventory.documents.get('ozbabacan-2008-lecce')?.originalText).toContain('Ayse Özbabacan, City of Stuttgart');
  });

  it('keep the Frankfurt allocation practice the issue asks about', () => {
    expect(inventory.practices.get('frankfurt-anti-segregation-allocation')).toMatchObject({ cityId: 'frankfurt', evidence: 'clip' });
  });
});

describe('the shipped translations', () => {
  it('cover every text of the inventory in every language', () => {
    const inventory = loadInventory(SEEDS_DIR);
    for (const { language, missing } of missingTranslations(inventory)) expect(missing, language).toEqual([]);
  });
});
