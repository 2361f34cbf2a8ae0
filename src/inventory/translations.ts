/** Which texts lack a translation, per language: the validator reports them. */
import { LANGUAGES, REFERENCE_LANGUAGE, type Language } from './taxonomy.js';
import type { Inventory, LocalizedText } from './types.js';

export interface MissingTranslations {
  language: Language;
  /** "practice <id>: title" / "passage <id>: gist" entries. */
  missing: string[];
}

export function missingTranslations(inventory: Inventory): MissingTranslations[] {
  return LANGUAGES.filter((lng) => lng !== REFERENCE_LANGUAGE).map((language) => {
    const missing: string[] = [];
    for (const p of inventory.practices.values()) {
      const texts: [string, LocalizedText | undefined][] = [
        ['title', p.title],
        ['summary', p.summary],
        ['results', p.results],
        ['transferability', p.transferability],
        ['period note', p.period?.note],
        ...(p.caveats ?? []).map((c, i): [string, LocalizedText] => [`caveat ${i + 1}`, c]),
      ];
      for (const [field, text] of texts) if (text && text[language] === undefined) missing.push(`practice ${p.id}: ${field}`);
    }
    for (const city of inventory.cities.values()) {
      if (city.context && city.context[language] === undefined) missing.push(`city ${city.id}: context`);
      if (city.clipNote && city.clipNote[language] === undefined) missing.push(`city ${city.id}: clipNote`);
    }
    for (const passage of inventory.passages.values()) {
      const document = inventory.documents.get(passage.documentId)!;
      if (document.language === language) continue;
      if (passage.gist?.[language] === undefined) missing.push(`passage ${passage.id}: gist`);
      if (passage.sectionIn?.[language] === undefined) missing.push(`passage ${passage.id}: section`);
    }
    for (const document of inventory.documents.values()) {
      if (document.language !== language && document.titleIn?.[language] === undefined) missing.push(`document ${document.id}: title`);
    }
    return { language, missing };
  });
}
