import { loadInventory } from './src/inventory/load.js';
import { createLanguageSupport } from './src/language/glossary.js';
import { InventoryIndex } from './src/inventory/search.js';
import { QuestionReader } from './src/answers/readQuestion.js';
import { Answerer } from './src/answers/answer.js';
const t0 = performance.now();
const inv = loadInventory(process.argv[2] ?? 'seeds');
const t1 = performance.now();
const support = createLanguageSupport(inv.glossary);
const idx = InventoryIndex.build(inv, support);
const t2 = performance.now();
console.log('load', (t1-t0).toFixed(1), 'index', (t2-t1).toFixed(1), idx.size);
const a = new Answerer(inv, idx, new QuestionReader(inv.cities.values(), support));
for (const q of process.argv.slice(3)) {
  const r = a.answer(q, 'en');
  const { question, ...rest } = r as any;
  console.log('Q:', q, '→', r.kind, JSON.stringify({ cities: question.cityIds, words: question.words, content: question.contentWords, concepts: question.conceptIds }));
  for (const f of (rest.findings ?? rest.related ?? [])) console.log('   ', f.kind, f.score.toFixed(2), f.practice?.id ?? f.passage?.id);
  if (rest.practices) console.log('   ', rest.practices.map((p: any) => p.id).join(', '));
}
