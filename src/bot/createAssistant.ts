/** Builds the assistant from the seeds and locales: the start-up path that may fail on bad data. */
import { Answerer } from '../answers/answer.js';
import { QuestionReader } from '../answers/readQuestion.js';
import { createLocalizer } from '../i18n.js';
import { loadInventory } from '../inventory/load.js';
import { InventoryIndex } from '../inventory/search.js';
import { createLanguageSupport } from '../language/glossary.js';
import type { Assistant } from './assistant.js';
import { taxonomyGroup, type Language } from '../inventory/taxonomy.js';

export interface AssistantOptions {
  seedsDir: string;
  localesDir: string;
  publicBaseUrl: string;
}

export async function createAssistant(options: AssistantOptions): Promise<Assistant> {
  const inventory = loadInventory(options.seedsDir);
  const localizer = await createLocalizer(options.localesDir);
  const support = createLanguageSupport(inventory.glossary);
  const tagLabels = (language: Language, ids: readonly string[]) => {
    const t = localizer.t(language);
    return ids.map((id) => t(`taxonomy:${taxonomyGroup(id)}.${id}`)).join(' ');
  };
  const index = InventoryIndex.build(inventory, support, tagLabels);
  const answerer = new Answerer(inventory, index, new QuestionReader(inventory.cities.values(), support));
  return { inventory, answerer, localizer, support, publicBaseUrl: options.publicBaseUrl };
}
