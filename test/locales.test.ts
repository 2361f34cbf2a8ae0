/**
 * Every language is complete: each locales/<lng>/<ns>.json has every key the English file has,
 * with the same {{placeholders}}; every id of the taxonomy and every country of the seeds has a label.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../src/i18n.js';
import { loadInventory } from '../src/inventory/load.js';
import { ACTORS, CLIP_STATUSES, EVIDENCE_LEVELS, LANGUAGES, PRACTICE_KINDS, TARGET_GROUPS, THEMES } from '../src/inventory/taxonomy.js';
import { LOCALES_DIR, SEEDS_DIR } from './helpers/assistant.js';

type Tree = { [key: string]: string | string[] | Tree };

function read(language: string, namespace: string): Tree {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')) as Tree;
}

/** Flattens to key → placeholders; plural suffixes are folded so _one/_other count as one key. */
function flatten(tree: Tree, prefix = ''): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) {
      const base = full.replace(/_(zero|one|two|few|many|other)$/, '');
      const placeholders = out.get(base) ?? new Set<string>();
      for (const text of Array.isArray(value) ? value : [value]) for (const m of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) placeholders.add(m[1]!);
      out.set(base, placeholders);
    } else {
      for (const [k, v] of flatten(value, full)) out.set(k, v);
    }
  }
  return out;
}

function* flattenKeys(tree: Tree, prefix = ''): Generator<string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) yield full;
    else yield* flattenKeys(value, full);
  }
}

const languages = readdirSync(LOCALES_DIR).filter((d) => (LANGUAGES as readonly string[]).includes(d));

describe('locales', () => {
  it('has only folders named after the project languages', () => {
    expect(readdirSync(LOCALES_DIR).filter((d) => !(LANGUAGES as readonly string[]).includes(d))).toEqual([]);
    expect(languages).toContain('en');
  });

  for (const language of languages) {
    for (const namespace of NAMESPACES) {
      it(`${language}/${namespace}.json has every key and placeholder of en`, () => {
        const en = flatten(read('en', namespace));
        const other = flatten(read(language, namespace));
        for (const [key, placeholders] of en) {
          expect(other.has(key), `${language}/${namespace}: missing ${key}`).toBe(true);
          for (const p of placeholders) expect(other.get(key)?.has(p), `${language}/${namespace}: ${key} lacks {{${p}}}`).toBe(true);
        }
      });
    }
  }

  for (const language of languages) {
    it(`${language} has every plural form its language needs`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const namespace of NAMESPACES) {
        const keys = [...flattenKeys(read(language, namespace))];
        const pluralBases = new Set(
          [...flattenKeys(read('en', namespace))].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')),
        );
        for (const base of pluralBases) {
          for (const category of categories) expect(keys, `${language}/${namespace}: ${base}_${category}`).toContain(`${base}_${category}`);
        }
      }
    });
  }

  it('labels every taxonomy id and every country of the seeds', () => {
    const taxonomy = read('en', 'taxonomy') as Record<string, Record<string, string>>;
    const groups: [string, readonly string[]][] = [
      ['theme', THEMES],
      ['actor', ACTORS],
      ['targetGroup', TARGET_GROUPS],
      ['kind', PRACTICE_KINDS],
      ['evidence', EVIDENCE_LEVELS],
      ['clipStatus', CLIP_STATUSES],
      ['language', LANGUAGES],
      ['country', [...new Set([...loadInventory(SEEDS_DIR).cities.values()].map((c) => c.country))]],
    ];
    for (const [group, ids] of groups) for (const id of ids) expect(taxonomy[group]?.[id], `${group}.${id}`).toBeTruthy();
  });
});
