/** Which texts lack a translation, per language: the validator reports them. */
import { LANGUAGES, REFERENCE_LANGUAGE, type Language } from './taxonomy.js';
import type { Inventory } from './types.js';

export interface MissingTranslations {
  language: Language;
  /** "practice <id>: title" / "passage <id>: gist" entries. */
  missing: string[];
}

export function missingTranslations(inventory: Inventory): MissingTranslations[] {
  return LANGUAGES.filter((lng) => lng !== REFERENCE_LANGUAGE).map((language) => {
    const missing: string[] = [];
    for (const p of inventory.practices.values()) {
      if (p.title[language] === undefined) missing.push(`practice ${p.id}: title`);
      if (p.summary[language] === undefined) missing.push(`practice ${p.id}: summary`);
    }
    for (const passage of inventory.passages.values()) {
      const document = inventory.documents.get(passage.documentId)!;
      if (document.language !== language && passage.gist?.[language] === undefined) missing.push(`passage ${passage.id}: gist`);
    }
    return { language, missing };
  });
}
