import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answerer, type Answer } from '../../src/answers/answer.js';
import { QuestionReader } from '../../src/answers/readQuestion.js';
import { loadInventory } from '../../src/inventory/load.js';
import { InventoryIndex } from '../../src/inventory/search.js';
import { createLanguageSupport } from '../../src/language/glossary.js';
import { realAssistant } from '../helpers/assistant.js';
import { city, document, seedFixture, type SeedFixture } from '../helpers/seedFixture.js';

function ids(answer: Answer): string[] {
  if (answer.kind === 'findings') return answer.findings.map((f) => (f.kind === 'practice' ? f.practice.id : f.passage.id));
  if (answer.kind === 'cityGap') return answer.related.map((f) => (f.kind === 'practice' ? f.practice.id : f.passage.id));
  if (answer.kind === 'cityProfile') return answer.practices.map((p) => p.id);
  return [];
}

describe('Answerer.answer on the real inventory', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = (await realAssistant()).answerer;
  });

  it('remembers a question: asked again, in any order, it gets the same answer; the next page is its own', () => {
    const frankfurt = 'How does Frankfurt avoid segregation in social housing?';
    const first = answerer.answer(frankfurt, 'en');
    const vienna = answerer.answer('What has Vienna done?', 'en');
    expect(answerer.answer(frankfurt, 'en')).toBe(first);
    expect(answerer.answer(frankfurt, 'de')).not.toBe(first);
    const next = answerer.answer(frankfurt, 'en', { offset: 1 });
    expect(next).not.toBe(first);
    expect(ids(next)[0]).toBe(ids(first)[1]);
    expect(ids(vienna)).not.toEqual(ids(first));
  });

  it('answers the Frankfurt segregation question with the Frankfurt allocation practice first', () => {
    const answer = answerer.answer('How does Frankfurt avoid segregation in social housing?', 'en');
    expect(answer.kind).toBe('findings');
    expect(ids(answer)[0]).toBe('frankfurt-anti-segregation-allocation');
  });

  it('never answers a question about one city with another city\'s practice', () => {
    for (const [question, cityId] of [
      ['How does Frankfurt avoid segregation in social housing?', 'frankfurt'],
      ['What does Vienna do about neighbourhood renewal?', 'vienna'],
      ['social rental agency in Luxembourg', 'luxembourg'],
    ] as const) {
      const answer = answerer.answer(question, 'en');
      expect(answer.kind, question).toBe('findings');
      if (answer.kind !== 'findings') continue;
      for (const f of answer.findings) {
        if (f.kind === 'practice') expect(f.practice.cityId, question).toBe(cityId);
        else expect(f.passage.cities, question).toContain(cityId);
      }
    }
  });

  it('ranks the practice on the theme the question names above others', () => {
    const answer = answerer.answer('Which cities help migrants rent from private landlords with a guarantee fund?', 'en');
    expect(ids(answer)[0]).toBe('turin-locare');
  });

  it('answers a question about a city as a whole with its profile and all its practices', () => {
    const answer = answerer.answer('What has Malmö done?', 'en');
    expect(answer.kind).toBe('cityProfile');
    if (answer.kind !== 'cityProfile') return;
    expect(answer.city.id).toBe('malmo');
    expect(answer.practices.map((p) => p.id).sort()).toEqual([...answer.city.practiceIds].sort());
  });

  it('recognises a city written without its accent and with a possessive', () => {
    expect(answerer.answer("What's Malmo's experience?", 'en')).toMatchObject({ kind: 'cityProfile', city: { id: 'malmo' } });
  });

  it('gives no answer to an off-topic question, even one naming a city', () => {
    expect(answerer.answer('What will the weather be in Vienna tomorrow?', 'en').kind).toBe('offTopic');
    expect(answerer.answer('A good recipe for lasagne', 'en').kind).toBe('offTopic');
  });

  it('says when an on-topic question matches nothing well', () => {
    expect(answerer.answer('Student dormitories for migrants?', 'en').kind).toBe('noMatch');
  });

  it('answers a question made of generic words only from what matches all of them', () => {
    const answer = answerer.answer('What is CLIP?', 'en');
    expect(answer.kind).toBe('findings');
    expect(ids(answer)[0]).toMatch(/founding-of-clip$/);
  });

  it('treats an empty question as empty', () => {
    expect(answerer.answer('  ?! ', 'en').kind).toBe('empty');
  });

  it('finds report passages for questions about the CLIP network', () => {
    const answer = answerer.answer('Who founded the CLIP network?', 'en');
    expect(answer.kind).toBe('findings');
    expect(ids(answer)[0]).toMatch(/founding-of-clip$/);
  });
});

describe('Answerer.answer for a city without documented practices', () => {
  let seeds: SeedFixture;
  let answerer: Answerer;
  beforeAll(() => {
    seeds = seedFixture();
    seeds.writeCity('testville', city());
    seeds.writeCity('emptyburg', city({ id: 'emptyburg', name: 'Emptyburg', practices: [] }));
    seeds.writeDocument('report', document());
    const inventory = loadInventory(seeds.dir);
    const support = createLanguageSupport(inventory.glossary);
    const labels = (_lng: string, tags: readonly string[]) => tags.join(' ').replaceAll('-', ' ');
    answerer = new Answerer(inventory, InventoryIndex.build(inventory, support, labels), new QuestionReader(inventory.cities.values(), support));
  });
  afterAll(() => seeds.remove());

  it('says so for the city as a whole', () => {
    expect(answerer.answer('What has Emptyburg done?', 'en')).toMatchObject({ kind: 'cityProfile', city: { id: 'emptyburg' }, practices: [] });
  });

  it('says so for a topic, and offers related practices of other cities', () => {
    const answer = answerer.answer('How does Emptyburg avoid segregation in social flats?', 'en');
    expect(answer).toMatchObject({ kind: 'cityGap', city: { id: 'emptyburg' } });
    expect(ids(answer)).toEqual(['testville-mixed-allocation']);
  });
});

describe('every city of the housing module', () => {
  it('answers "What has <city> done?" with its profile and exactly its documented practices', async () => {
    const { answerer, inventory } = await realAssistant();
    for (const c of inventory.cities.values()) {
      const answer = answerer.answer(`What has ${c.name} done?`, 'en');
      expect(answer.kind, c.name).toBe('cityProfile');
      if (answer.kind !== 'cityProfile') continue;
      expect(answer.city.id, c.name).toBe(c.id);
      expect(answer.practices.map((p) => p.id).sort(), c.name).toEqual([...c.practiceIds].sort());
    }
  });
});
