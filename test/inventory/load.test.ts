import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadInventory, SeedError } from '../../src/inventory/load.js';
import { city, document, practice, seedFixture, type SeedFixture } from '../helpers/seedFixture.js';

let seeds: SeedFixture;
beforeEach(() => {
  seeds = seedFixture();
  seeds.writeDocument('report', document());
});
afterEach(() => seeds.remove());

function loadError(): SeedError {
  try {
    loadInventory(seeds.dir);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('expected loadInventory to fail');
}

describe('loadInventory', () => {
  it('loads cities, practices, documents and passages', () => {
    seeds.writeCity('testville', city());
    const inventory = loadInventory(seeds.dir);
    expect([...inventory.cities.keys()]).toEqual(['testville']);
    expect(inventory.cities.get('testville')?.practiceIds).toEqual(['testville-mixed-allocation']);
    expect(inventory.practices.get('testville-mixed-allocation')).toMatchObject({ cityId: 'testville', country: 'DE' });
    expect(inventory.passages.get('report-intro')).toMatchObject({ documentId: 'report', sources: [{ url: 'https://example.org/report' }] });
  });

  it('accepts a city without practices', () => {
    seeds.writeCity('testville', city({ practices: [] }));
    expect(loadInventory(seeds.dir).cities.get('testville')?.practiceIds).toEqual([]);
  });

  it('names file, practice and field for an unknown theme', () => {
    seeds.writeCity('testville', city({ practices: [practice({ themes: ['weather'] })] }));
    const error = loadError();
    expect(error.file).toBe(seeds.dir.split('/').pop() + '/cities/testville.yaml');
    expect(error.record).toBe('practice "testville-mixed-allocation"');
    expect(error.field).toBe('themes[0]');
    expect(error.message).toMatch(/^clip-seeds-\w+\/cities\/testville\.yaml: practice "testville-mixed-allocation", field "themes\[0\]": Invalid option: expected one of "segregation-and-social-mix"/);
  });

  it('refuses a practice without a source', () => {
    seeds.writeCity('testville', city({ practices: [practice({ sources: [] })] }));
    expect(loadError().message).toMatch(/testville\.yaml: practice "testville-mixed-allocation", field "sources": a practice needs at least one source$/);
  });

  it('refuses a source that is not an http(s) URL', () => {
    seeds.writeCity('testville', city({ practices: [practice({ sources: [{ url: 'ftp://example.org/x' }] })] }));
    expect(loadError().message).toMatch(/field "sources\[0\]\.url": must be an http\(s\) URL$/);
  });

  it('names a practice by position when it has no id', () => {
    const { id: _id, ...withoutId } = practice();
    seeds.writeCity('testville', city({ practices: [practice(), withoutId] }));
    expect(loadError().message).toMatch(/testville\.yaml: practice #2, field "id": Invalid input: expected string, received undefined$/);
  });

  it('refuses a practice whose id does not start with its city id', () => {
    seeds.writeCity('testville', city({ practices: [practice({ id: 'elsewhere-allocation' })] }));
    expect(loadError().message).toMatch(/testville\.yaml: practice "elsewhere-allocation", field "id": must start with the city id \("testville-"\)$/);
  });

  it('refuses a city file whose id is not its file name', () => {
    seeds.writeCity('othertown', city());
    expect(loadError().message).toMatch(/othertown\.yaml: city "testville", field "id": must match the file name \("othertown"\)$/);
  });

  it('refuses an unknown field, naming it', () => {
    seeds.writeCity('testville', city({ practices: [practice({ sumary: { en: 'typo' } })] }));
    expect(loadError().message).toMatch(/practice "testville-mixed-allocation": Unrecognized key: "sumary"$/);
  });

  it('refuses an empty English summary', () => {
    seeds.writeCity('testville', city({ practices: [practice({ summary: { en: '  ' } })] }));
    expect(loadError().message).toMatch(/field "summary\.en": must not be empty$/);
  });

  it('refuses a period that ends before it starts', () => {
    seeds.writeCity('testville', city({ practices: [practice({ period: { start: 2009, end: 2001 } })] }));
    expect(loadError().message).toMatch(/field "period": start must not be after end$/);
  });

  it('refuses the same id twice, naming both files', () => {
    seeds.writeCity('testville', city());
    seeds.writeCity('othertown', city({ id: 'othertown', practices: [practice({ id: 'othertown-a' }), practice({ id: 'othertown-a' })] }));
    expect(loadError().message).toMatch(/othertown\.yaml: practice "othertown-a", field "id": is already used by a practice in .*othertown\.yaml$/);
  });

  it('refuses a passage that names a city without a seed file', () => {
    seeds.writeCity('testville', city());
    seeds.writeDocument('report', document({ passages: [{ id: 'report-intro', section: 'Intro', text: 'Text.', cities: ['atlantis'] }] }));
    expect(loadError().message).toMatch(/report\.yaml: passage "report-intro", field "cities": names a city that has no seed file \("atlantis"\)$/);
  });

  it('refuses a passage with no source anywhere', () => {
    seeds.writeCity('testville', city());
    seeds.writeDocument('report', document({ sources: [] }));
    expect(loadError().message).toMatch(/report\.yaml: passage "report-intro", field "sources": has no source, and neither has its document$/);
  });

  it('reports broken YAML with the file name', () => {
    seeds.writeRaw('cities/testville.yaml', 'id: testville\nname: [unclosed\n');
    expect(loadError().message).toMatch(/cities\/testville\.yaml: is not valid YAML \(/);
  });

  it('reports a missing cities folder', () => {
    seeds.remove();
    expect(loadError().message).toMatch(/cities: folder is missing$/);
  });
});
