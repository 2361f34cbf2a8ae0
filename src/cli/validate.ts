/**
 * `npm run validate`: checks the seed files without starting the bot, then reports which texts
 * still lack a translation (a report, not an error: the bot shows the original with a note).
 * `--list` prints every missing translation instead of counts.
 */
import { readConfig } from '../config.js';
import { loadInventory, SeedError } from '../inventory/load.js';
import { missingTranslations } from '../inventory/translations.js';

try {
  const inventory = loadInventory(readConfig().seedsDir);
  const withPractices = [...inventory.cities.values()].filter((c) => c.practiceIds.length > 0).length;
  console.log(
    `seeds are valid: ${inventory.cities.size} cities (${withPractices} with practices), ` +
      `${inventory.practices.size} practices, ${inventory.documents.size} documents, ${inventory.passages.size} passages`,
  );
  const list = process.argv.includes('--list');
  for (const { language, missing } of missingTranslations(inventory)) {
    if (missing.length === 0) continue;
    console.log(`${language}: ${missing.length} texts without a translation`);
    if (list) for (const item of missing) console.log(`  ${item}`);
  }
} catch (error) {
  if (!(error instanceof SeedError)) throw error;
  console.error(`invalid seed: ${error.message}`);
  process.exitCode = 1;
}
