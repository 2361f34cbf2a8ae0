import { describe, expect, it } from 'vitest';
import { QuestionReader } from '../../src/answers/readQuestion.js';
import { createAnalyzer, fold } from '../../src/language/analyzer.js';
import { createLanguageSupport } from '../../src/language/glossary.js';
import { languageOfLocale, resolveLanguage } from '../../src/language/resolveLanguage.js';
import { loadInventory } from '../../src/inventory/load.js';
import { localizedTextSchema } from '../../src/inventory/schema.js';
import { LANGUAGES } from '../../src/inventory/taxonomy.js';
import { SEEDS_DIR } from '../helpers/assistant.js';

const inventory = loadInventory(SEEDS_DIR);
const support = createLanguageSupport(inventory.glossary);
const reader = new QuestionReader(inventory.cities.values(), support);

describe('createAnalyzer', () => {
  it('stems inflected forms to one term and folds accents', () => {
    const en = createAnalyzer('en');
    expect(en.stem('segregation')).toBe(en.stem('segregated'));
    expect(en.stem('neighbourhoods')).toBe(en.stem('neighbourhood'));
    expect(fold('Malmö València Zagreb')).toBe('Malmo Valencia Zagreb');
  });

  it('keeps the glossary words that a stop-word list would drop', () => {
    expect(createAnalyzer('en').isStopWord('information')).toBe(true);
    expect(support.analyzer('en').isStopWord('information')).toBe(false);
    expect(support.analyzer('en').isStopWord('the')).toBe(true);
  });
});

describe('Glossary.match', () => {
  const stems = (text: string) => support.analyzer('en').words(text).map((w) => support.analyzer('en').stem(w));

  it('prefers the longest term and links concepts to themes', () => {
    const matches = support.glossary.match(stems('social rental agency for migrants'), 'en');
    expect(matches.map((m) => m.conceptId)).toEqual(['social-rental-agency', 'migrants']);
    expect(support.glossary.themesOf(['social-rental-agency'])).toEqual(['access-to-housing', 'affordability']);
  });

  it('matches a German term too', () => {
    const de = support.analyzer('de');
    expect(support.glossary.match(de.words('Wohnungsvergabe und Sozialwohnungen').map((w) => de.stem(w)), 'de').map((m) => m.conceptId)).toEqual([
      'allocation',
      'social-housing',
    ]);
  });
});

describe('QuestionReader.read', () => {
  it.each([
    ['How does Frankfurt avoid segregation?', ['frankfurt']],
    ['What about Frankfurt am Main?', ['frankfurt']],
    ["What is Malmo's approach?", ['malmo']],
    ['Wien und Kopenhagen', ['vienna', 'copenhagen']],
    ['Stuttgartin integraatiosopimus', ['stuttgart']],
    ['housing in Huddersfield', ['kirklees']],
    ['What do cities do about segregation?', []],
  ])('finds the cities in "%s"', (question, cities) => {
    expect(reader.read(question, 'en').cityIds).toEqual(cities);
  });

  it('separates generic words from the words that make a question specific', () => {
    const read = reader.read('Which practices does Vienna have on neighbourhood renewal?', 'en');
    expect(read.cityIds).toEqual(['vienna']);
    expect(read.contentWords).toEqual(['neighbourhood', 'renewal']);
    expect(read.conceptIds).toEqual(['urban-renewal']);
    expect(read.themes).toEqual(['neighbourhood-renewal']);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['de-AT', 'de'],
    ['fr_BE', 'fr'],
    ['SV-fi', 'sv'],
    ['en', 'en'],
    ['xx', undefined],
    ['../../etc/passwd', undefined],
    [42, undefined],
  ])('reads the language of locale %s', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language);
  });

  it('answers in English where the interface has no texts yet', () => {
    expect(resolveLanguage('de-DE', ['en'])).toEqual({ understand: 'de', reply: 'en' });
    expect(resolveLanguage('de-DE', ['en', 'de'])).toEqual({ understand: 'de', reply: 'de' });
    expect(resolveLanguage(undefined, ['en'])).toEqual({ understand: 'en', reply: 'en' });
  });
});

describe('localizedTextSchema', () => {
  it('has exactly one key per project language', () => {
    expect(Object.keys(localizedTextSchema.shape).sort()).toEqual([...LANGUAGES].sort());
  });
});
