/**
 * The obvious alternatives the project's search is measured against, indexing the same records
 * (every practice and passage, with all their translations):
 * - MiniSearch with its default options over the per-language title and text fields;
 * - Lunr, one index per language with that language's stemmer and stop words from
 *   lunr-languages where it has them (not Catalan or Croatian, which get Lunr's trimmer only).
 */
import { createRequire } from 'node:module';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { LANGUAGES, type Language } from '../../src/inventory/taxonomy.js';
import type { Inventory } from '../../src/inventory/types.js';

const require = createRequire(import.meta.url);
require('lunr-languages/lunr.stemmer.support')(lunr);
const LUNR_LANGUAGES: Partial<Record<Language, string>> = { de: 'de', fr: 'fr', nl: 'nl', it: 'it', es: 'es', sv: 'sv', da: 'da', fi: 'fi', hu: 'hu' };
for (const code of Object.values(LUNR_LANGUAGES)) require(`lunr-languages/lunr.${code}`)(lunr);

interface Doc {
  id: string;
  title: Partial<Record<Language, string>>;
  text: Partial<Record<Language, string>>;
  names: string;
}

function documents(inventory: Inventory): Doc[] {
  const docs: Doc[] = [];
  for (const p of inventory.practices.values()) {
    docs.push({ id: p.id, title: { ...p.title }, text: { ...p.summary }, names: p.originalName ?? '' });
  }
  for (const passage of inventory.passages.values()) {
    const document = inventory.documents.get(passage.documentId)!;
    const title: Partial<Record<Language, string>> = { [document.language]: passage.section };
    const text: Partial<Record<Language, string>> = { ...(passage.gist ?? {}), [document.language]: passage.text };
    docs.push({ id: passage.id, title, text, names: '' });
  }
  return docs;
}

export type Ranker = (question: string, language: Language) => string[];

export function miniSearchDefault(inventory: Inventory): Ranker {
  const fields = [...LANGUAGES.flatMap((l) => [`title_${l}`, `text_${l}`]), 'names'];
  const index = new MiniSearch<Record<string, string>>({ fields });
  index.addAll(
    documents(inventory).map((d) => ({
      id: d.id,
      names: d.names,
      ...Object.fromEntries(LANGUAGES.flatMap((l) => [[`title_${l}`, d.title[l] ?? ''], [`text_${l}`, d.text[l] ?? '']])),
    })),
  );
  return (question) => index.search(question).map((r) => String(r.id));
}

export function lunrPerLanguage(inventory: Inventory): Ranker {
  const docs = documents(inventory);
  const indexes = new Map<Language, lunr.Index>();
  for (const language of LANGUAGES) {
    const code = LUNR_LANGUAGES[language];
    indexes.set(
      language,
      lunr(function () {
        if (code) this.use((lunr as unknown as Record<string, lunr.Builder.Plugin>)[code]!);
        else if (language !== 'en') {
          this.pipeline.reset();
          this.searchPipeline.reset();
          this.pipeline.add(lunr.trimmer);
        }
        this.ref('id');
        this.field('title', { boost: 2 });
        this.field('text');
        this.field('names');
        for (const d of docs) this.add({ id: d.id, title: d.title[language] ?? d.title.en ?? '', text: d.text[language] ?? d.text.en ?? '', names: d.names });
      }),
    );
  }
  return (question, language) => {
    const index = indexes.get(language)!;
    // Terms added one by one: Lunr's query syntax would choke on a user's ":", "~" or "-".
    const tokens = lunr.tokenizer(question).map((t) => t.toString()).filter(Boolean);
    return index.query((q) => {
      for (const token of tokens) q.term(token, { presence: lunr.Query.presence.OPTIONAL });
    }).map((r) => r.ref);
  };
}
