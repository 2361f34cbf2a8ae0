/** Builds a throw-away seeds folder from small inline objects, for loader and ranking tests. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { SEEDS_DIR } from './assistant.js';

export interface SeedFixture {
  dir: string;
  writeCity(id: string, data: unknown): void;
  writeDocument(id: string, data: unknown): void;
  writeRaw(relativePath: string, text: string): void;
  remove(): void;
}

/** A seeds folder with the real glossary and nothing else. */
export function seedFixture(): SeedFixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clip-seeds-'));
  mkdirSync(path.join(dir, 'cities'));
  mkdirSync(path.join(dir, 'documents'));
  cpSync(path.join(SEEDS_DIR, 'glossary.yaml'), path.join(dir, 'glossary.yaml'));
  const write = (rel: string, text: string) => writeFileSync(path.join(dir, rel), text);
  return {
    dir,
    writeCity: (id, data) => write(`cities/${id}.yaml`, stringify(data)),
    writeDocument: (id, data) => write(`documents/${id}.yaml`, stringify(data)),
    writeRaw: write,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function practice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'testville-mixed-allocation',
    kind: 'practice',
    title: { en: 'Mixed allocation of social flats' },
    summary: { en: 'The housing office allocates social flats so that no estate concentrates one group.' },
    themes: ['segregation-and-social-mix'],
    actors: ['city-administration'],
    targetGroups: ['migrants'],
    evidence: 'clip',
    sources: [{ url: 'https://example.org/testville' }],
    ...overrides,
  };
}

export function city(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'testville',
    name: 'Testville',
    country: 'DE',
    clipStatus: 'case-study',
    sources: [{ url: 'https://example.org/testville-profile' }],
    practices: [practice()],
    ...overrides,
  };
}

export function document(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'report',
    title: 'A report',
    author: 'Someone',
    year: 2007,
    language: 'en',
    kind: 'digest',
    sources: [{ url: 'https://example.org/report' }],
    passages: [{ id: 'report-intro', section: 'Introduction', text: 'Housing matters for integration.' }],
    ...overrides,
  };
}
