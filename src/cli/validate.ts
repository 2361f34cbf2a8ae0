/** `npm run validate`: checks the seed files without starting the bot. */
import { readConfig } from '../config.js';
import { loadInventory, SeedError } from '../inventory/load.js';

try {
  const inventory = loadInventory(readConfig().seedsDir);
  const withPractices = [...inventory.cities.values()].filter((c) => c.practiceIds.length > 0).length;
  console.log(
    `seeds are valid: ${inventory.cities.size} cities (${withPractices} with practices), ` +
      `${inventory.practices.size} practices, ${inventory.documents.size} documents, ${inventory.passages.size} passages`,
  );
} catch (error) {
  if (!(error instanceof SeedError)) throw error;
  console.error(`invalid seed: ${error.message}`);
  process.exitCode = 1;
}
