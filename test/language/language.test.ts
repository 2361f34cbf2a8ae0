import { describe, expect, it } from 'vitest';
import { QuestionReader } from '../../src/answers/readQuestion.js';
import { createAnalyzer, fold } from '../../src/language/analyzer.js';
import { createLanguageSupport } from '../../src/language/glossary.js';
import { languageOfLocale, resolveLanguage } from '../../src/language/resolveLanguage.js';
import { loadInventory } from '../../src/inventory/load.js';
import { localizedTextSchema } from '../../src/inventory/schema.js';
import { LANGUAGES, type Language } from '../../src/inventory/taxonomy.js';
import { detectLanguage } from '../../src/language/detectLanguage.js';
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

  it('keeps the glossary words that a word list would drop', () => {
    expect(createAnalyzer('en').isFiller('information')).toBe(true);
    expect(support.analyzer('en').isFiller('information')).toBe(false);
    expect(support.analyzer('en').isStopWord('the')).toBe(true);
  });

  it('searches filler words but does not count them as making a question specific', () => {
    const en = support.analyzer('en');
    expect(en.isStopWord('give')).toBe(false);
    expect(en.isFiller('give')).toBe(true);
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

  const all = [...LANGUAGES];
  const sureOf = (language: Language) => ({ language, sure: true, scores: [] });
  const guess = (language: Language) => ({ language, sure: false, scores: [] });

  const clearly = (language: Language, prior: Language) => ({ language, sure: true, scores: [[language, 1.8], [prior, 1.2]] as [Language, number][] });
  const narrowly = (language: Language, prior: Language) => ({ language, sure: true, scores: [[language, 1.5], [prior, 1.3]] as [Language, number][] });

  it('lets the user\'s choice win over locale and detection', () => {
    expect(resolveLanguage({ choice: 'fi', locale: 'de-DE', detection: clearly('fr', 'fi') }, all)).toEqual({ understand: 'fr', reply: 'fi' });
  });

  it('prefers the locale to the detected language for the reply', () => {
    expect(resolveLanguage({ locale: 'de-AT', detection: clearly('fr', 'de') }, all)).toEqual({ understand: 'fr', reply: 'de' });
  });

  it('reads a question in the locale\'s language unless another is clearly ahead', () => {
    expect(resolveLanguage({ locale: 'en', detection: narrowly('it', 'en') }, all)).toEqual({ understand: 'en', reply: 'en' });
  });

  it('answers in the detected language when there is no locale', () => {
    expect(resolveLanguage({ detection: sureOf('fi') }, all)).toEqual({ understand: 'fi', reply: 'fi' });
  });

  it('keeps the previous language when the detector is unsure', () => {
    expect(resolveLanguage({ previous: 'nl', detection: guess('da') }, all)).toEqual({ understand: 'nl', reply: 'nl' });
  });

  it('reads an unsure question in the locale\'s language', () => {
    expect(resolveLanguage({ locale: 'it-IT', detection: guess('es') }, all)).toEqual({ understand: 'it', reply: 'it' });
  });

  it('answers in English where the interface has no texts for the language', () => {
    expect(resolveLanguage({ locale: 'de-DE' }, ['en'])).toEqual({ understand: 'de', reply: 'en' });
    expect(resolveLanguage({}, ['en'])).toEqual({ understand: 'en', reply: 'en' });
  });
});

describe('localizedTextSchema', () => {
  it('has exactly one key per project language', () => {
    expect(Object.keys(localizedTextSchema.shape).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('detectLanguage', () => {
  it.each([
    ['How does Frankfurt avoid segregation in social housing?', 'en'],
    ['Wie verhindert Frankfurt die Segregation im sozialen Wohnungsbau?', 'de'],
    ['Comment Francfort évite-t-elle la ségrégation dans le logement social ?', 'fr'],
    ['Hoe voorkomt Frankfurt segregatie in de sociale huursector?', 'nl'],
    ['Come fa Torino ad aiutare i migranti a trovare casa in affitto?', 'it'],
    ['¿Qué ha hecho Valencia contra la discriminación en la vivienda?', 'es'],
    ['Què ha fet Terrassa per als barris amb molta immigració?', 'ca'],
    ['Vad har Malmö gjort för att minska trångboddheten?', 'sv'],
    ['Hvad har København gjort mod ghettoisering i de almene boliger?', 'da'],
    ['Mikä on Stuttgartin integraatiosopimus?', 'fi'],
    ['Mit tett Budapest a leromlott városrészek megújításáért?', 'hu'],
    ['Što je Zagreb učinio za socijalno stanovanje Roma?', 'hr'],
  ])('reads "%s" as %s', (text, language) => {
    const detection = detectLanguage(text, support);
    expect(detection.language).toBe(language);
    expect(detection.sure).toBe(true);
  });

  it('is not sure of a single word', () => {
    expect(detectLanguage('Frankfurt', support).sure).toBe(false);
  });
});

describe('Croatian stemming', () => {
  it('brings the cases of a Croatian noun to one stem', () => {
    const hr = createAnalyzer('hr');
    const stems = ['segregacija', 'segregacije', 'segregaciju', 'segregacijom'].map((w) => hr.stem(w));
    expect(new Set(stems).size).toBe(1);
    expect(hr.stem('stanovanja')).toBe(hr.stem('stanovanje'));
  });
});
