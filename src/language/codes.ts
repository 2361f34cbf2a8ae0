import type { Language } from '../inventory/taxonomy.js';

/** ISO 639-3 codes of the project's languages, as franc and the stopword package key them. */
export const ISO_639_3: Record<Language, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  nl: 'nld',
  it: 'ita',
  es: 'spa',
  ca: 'cat',
  sv: 'swe',
  da: 'dan',
  fi: 'fin',
  hu: 'hun',
  hr: 'hrv',
};
