/** Builds the assistant from the seeds and locales: the start-up path that may fail on bad data. */
import { Answerer } from '../answers/answer.js';
import { QuestionReader } from '../answers/readQuestion.js';
import { createLocalizer } from '../i18n.js';
import { loadInventory } from '../inventory/load.js';
import { InventoryIndex } from '../inventory/search.js';
import { createLanguageSupport } from '../language/glossary.js';
import type { Assistant } from './assistant.js';

export interface AssistantOptions {
  seedsDir: string;
  localesDir: string;
  publicBaseUrl: string;
}

export async function createAssistant(options: AssistantOptions): Promise<Assistant> {
  const inventory = loadInventory(options.seedsDir);
  const support = createLanguageSupport(inventory.glossary);
  const index = InventoryIndex.build(inventory, support);
  const answerer = new Answerer(inventory, index, new QuestionReader(inventory.cities.values(), support));
  const localizer = await createLocalizer(options.localesDir);
  return { inventory, answerer, localizer, publicBaseUrl: options.publicBaseUrl };
}
