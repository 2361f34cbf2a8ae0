/** The real assistant over the real seeds and locales, built once per test file. */
import path from 'node:path';
import type { Assistant } from '../../src/bot/assistant.js';
import { renderContext } from '../../src/bot/assistant.js';
import { createAssistant } from '../../src/bot/createAssistant.js';
import type { RenderContext } from '../../src/cards/context.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Language } from '../../src/inventory/taxonomy.js';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');
export const PUBLIC_BASE_URL = 'http://assistant.test';

let shared: Promise<Assistant> | undefined;

export function realAssistant(): Promise<Assistant> {
  shared ??= createAssistant({ seedsDir: SEEDS_DIR, localesDir: LOCALES_DIR, publicBaseUrl: PUBLIC_BASE_URL });
  return shared;
}

export async function realContext(language: Language = 'en'): Promise<RenderContext> {
  return renderContext(await realAssistant(), language);
}
