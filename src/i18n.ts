/**
 * The only module that configures i18next. Languages are the folders of locales/ that are also
 * among the project's languages; every namespace is a JSON file in each of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import FsBackend from 'i18next-fs-backend';
import { LANGUAGES, REFERENCE_LANGUAGE, type Language } from './inventory/taxonomy.js';

export const NAMESPACES = ['bot', 'cards', 'taxonomy', 'web'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Translate = TFunction<Namespace[]>;

export interface Localizer {
  /** Languages that have a folder in locales/, the reference language first. */
  languages: Language[];
  /** A t() bound to one language (falling back to the reference language for missing keys). */
  t(language: Language): Translate;
}

/**
 * i18next's t() resolves a key anew on every call; a reply's cards look up the same labels
 * (themes, countries, field names) dozens of times. Plain lookups, without options, are cached;
 * interpolations and plurals go to i18next each time.
 */
function memoised(t: Translate): Translate {
  const cache = new Map<string, unknown>();
  const wrapped = ((key: string | string[], options?: unknown) => {
    if (options !== undefined || typeof key !== 'string') return (t as (k: unknown, o?: unknown) => unknown)(key, options);
    if (!cache.has(key)) cache.set(key, (t as (k: string) => unknown)(key));
    return cache.get(key);
  }) as Translate;
  return wrapped;
}

export class LocalesError extends Error {
  override name = 'LocalesError';
}

export async function createLocalizer(localesDir: string): Promise<Localizer> {
  if (!existsSync(path.join(localesDir, REFERENCE_LANGUAGE))) {
    throw new LocalesError(`locales: ${path.join(localesDir, REFERENCE_LANGUAGE)} is missing`);
  }
  const present = new Set(readdirSync(localesDir));
  const languages = LANGUAGES.filter((lng) => present.has(lng));
  const instance = i18next.createInstance();
  await instance.use(FsBackend).init({
    initAsync: false,
    lng: REFERENCE_LANGUAGE,
    fallbackLng: REFERENCE_LANGUAGE,
    supportedLngs: languages,
    preload: languages,
    ns: [...NAMESPACES],
    defaultNS: 'bot',
    backend: { loadPath: path.join(localesDir, '{{lng}}', '{{ns}}.json') },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map(languages.map((lng) => [lng, memoised(instance.getFixedT(lng, [...NAMESPACES]) as Translate)]));
  return {
    languages,
    t: (language) => fixed.get(language) ?? fixed.get(REFERENCE_LANGUAGE)!,
  };
}
