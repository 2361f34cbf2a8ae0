/**
 * Reads and validates the seed files. Any problem stops loading with a SeedError whose message
 * names the file, the record and the field, so a maintainer can fix it without a debugger.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { citySchema, documentSchema, glossarySchema, type CitySeed, type ConceptSeed, type DocumentSeed } from './schema.js';
import type { City, Document, Inventory, Passage, Practice } from './types.js';

export class SeedError extends Error {
  override name = 'SeedError';
  constructor(
    readonly file: string,
    readonly record: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    const where = [record, field === undefined ? undefined : `field "${field}"`].filter(Boolean).join(', ');
    super(`${file}: ${where ? `${where}: ` : ''}${problem}`, options);
  }
}

const CITIES_DIR = 'cities';
const DOCUMENTS_DIR = 'documents';
const GLOSSARY_FILE = 'glossary.yaml';

/** Loads every city and document under seedsDir. File names in errors are relative to its parent. */
export function loadInventory(seedsDir: string): Inventory {
  const label = (file: string) => path.relative(path.dirname(seedsDir), file) || file;
  const citySeeds = readYamlDir(path.join(seedsDir, CITIES_DIR), label).map(({ file, data }) => {
    const city = validate(citySchema, data, file, 'city', 'practices', 'practice');
    checkCity(city, file);
    return { file, city };
  });
  const cityIds = new Set(citySeeds.map(({ city }) => city.id));
  const documentSeeds = readYamlDir(path.join(seedsDir, DOCUMENTS_DIR), label).map(({ file, data }) => {
    const doc = validate(documentSchema, data, file, 'document', 'passages', 'passage');
    checkDocument(doc, file, cityIds, path.join(seedsDir, DOCUMENTS_DIR));
    return { file, doc };
  });
  checkUniqueIds([
    ...citySeeds.flatMap(({ file, city }) => [
      { file, kind: 'city', id: city.id },
      ...city.practices.map((p) => ({ file, kind: 'practice', id: p.id })),
    ]),
    ...documentSeeds.flatMap(({ file, doc }) => [
      { file, kind: 'document', id: doc.id },
      ...doc.passages.map((p) => ({ file, kind: 'passage', id: p.id })),
    ]),
  ]);
  const glossary = loadGlossary(path.join(seedsDir, GLOSSARY_FILE), label);
  return buildInventory(
    glossary,
    citySeeds.map(({ city }) => city),
    documentSeeds.map(({ doc }) => ({ doc, dir: path.join(seedsDir, DOCUMENTS_DIR) })),
  );
}

function loadGlossary(full: string, label: (file: string) => string): ConceptSeed[] {
  const file = label(full);
  if (!existsSync(full)) throw new SeedError(file, undefined, undefined, 'is missing');
  const glossary = validate(glossarySchema, readYaml(full, file), file, 'glossary', 'concepts', 'concept');
  const seen = new Set<string>();
  for (const concept of glossary.concepts) {
    if (seen.has(concept.id)) throw new SeedError(file, `concept "${concept.id}"`, 'id', 'is used twice');
    seen.add(concept.id);
  }
  return glossary.concepts;
}

function readYaml(full: string, file: string): unknown {
  try {
    return parseYaml(readFileSync(full, 'utf8')) as unknown;
  } catch (error) {
    const problem =
      error instanceof YAMLParseError
        ? `is not valid YAML (${error.message.split('\n')[0]})`
        : `cannot be read (${String(error)})`;
    throw new SeedError(file, undefined, undefined, problem, { cause: error });
  }
}

function readYamlDir(dir: string, label: (file: string) => string): { file: string; data: unknown }[] {
  if (!existsSync(dir)) throw new SeedError(label(dir), undefined, undefined, 'folder is missing');
  const names = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  if (names.length === 0) throw new SeedError(label(dir), undefined, undefined, 'holds no .yaml files');
  return names.map((name) => {
    const full = path.join(dir, name);
    const file = label(full);
    return { file, data: readYaml(full, file) };
  });
}

/**
 * Validates one file. The record in the message is the nested item (practice or passage) the
 * first issue points into, named by its id when it has one, else by its position.
 */
function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  topKind: string,
  listKey: string,
  itemKind: string,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const issuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const topId = recordId(data);
  let record = topId ? `${topKind} "${topId}"` : topKind;
  let fieldPath = issuePath;
  if (issuePath[0] === listKey && typeof issuePath[1] === 'number') {
    const items = (data as Record<string, unknown>)[listKey] as unknown[];
    const itemId = recordId(items[issuePath[1]]);
    record = itemId ? `${itemKind} "${itemId}"` : `${itemKind} #${issuePath[1] + 1}`;
    fieldPath = issuePath.slice(2);
  }
  const field = fieldPath.length > 0 ? formatPath(fieldPath) : undefined;
  throw new SeedError(file, record, field, issue.message);
}

function recordId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  return undefined;
}

function formatPath(parts: (string | number)[]): string {
  return parts.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
    '',
  );
}

function checkCity(city: CitySeed, file: string): void {
  const expected = path.basename(file).replace(/\.ya?ml$/, '');
  if (city.id !== expected) {
    throw new SeedError(file, `city "${city.id}"`, 'id', `must match the file name ("${expected}")`);
  }
  for (const practice of city.practices) {
    if (!practice.id.startsWith(`${city.id}-`)) {
      throw new SeedError(file, `practice "${practice.id}"`, 'id', `must start with the city id ("${city.id}-")`);
    }
  }
}

function checkDocument(doc: DocumentSeed, file: string, cityIds: Set<string>, dir: string): void {
  if (doc.originalFile !== undefined && !existsSync(path.join(dir, doc.originalFile))) {
    throw new SeedError(file, `document "${doc.id}"`, 'originalFile', `names a file that does not exist (${doc.originalFile})`);
  }
  doc.passages.forEach((passage) => {
    const record = `passage "${passage.id}"`;
    if (!passage.id.startsWith(`${doc.id}-`)) {
      throw new SeedError(file, record, 'id', `must start with the document id ("${doc.id}-")`);
    }
    const unknownCity = passage.cities.find((id) => !cityIds.has(id));
    if (unknownCity !== undefined) {
      throw new SeedError(file, record, 'cities', `names a city that has no seed file ("${unknownCity}")`);
    }
    if (!passage.sources && doc.sources.length === 0 && doc.originalFile === undefined) {
      throw new SeedError(file, record, 'sources', 'has no source, and neither has its document');
    }
  });
}

function checkUniqueIds(entries: { file: string; kind: string; id: string }[]): void {
  const seen = new Map<string, { file: string; kind: string }>();
  for (const entry of entries) {
    const earlier = seen.get(entry.id);
    if (earlier) {
      throw new SeedError(
        entry.file,
        `${entry.kind} "${entry.id}"`,
        'id',
        `is already used by a ${earlier.kind} in ${earlier.file}`,
      );
    }
    seen.set(entry.id, entry);
  }
}

function buildInventory(glossary: ConceptSeed[], citySeeds: CitySeed[], documentSeeds: { doc: DocumentSeed; dir: string }[]): Inventory {
  const cities: City[] = citySeeds.map(({ practices, ...city }) => ({
    ...city,
    practiceIds: practices.map((p) => p.id),
  }));
  const practices: Practice[] = citySeeds.flatMap((city) =>
    city.practices.map((p) => ({ ...p, cityId: city.id, country: city.country })),
  );
  const documents: Document[] = documentSeeds.map(({ doc, dir }) => {
    const { passages, originalFile, ...rest } = doc;
    return {
      ...rest,
      passageIds: passages.map((p) => p.id),
      originalText: originalFile === undefined ? undefined : readFileSync(path.join(dir, originalFile), 'utf8'),
    };
  });
  const passages: Passage[] = documentSeeds.flatMap(({ doc }) =>
    doc.passages.map((p) => ({ ...p, documentId: doc.id, sources: p.sources ?? doc.sources })),
  );
  return {
    glossary,
    cities: new Map(cities.map((c) => [c.id, c])),
    practices: new Map(practices.map((p) => [p.id, p])),
    documents: new Map(documents.map((d) => [d.id, d])),
    passages: new Map(passages.map((p) => [p.id, p])),
  };
}
