/** `npm run eval`: top-1, top-3 and MRR of the assistant on test/eval/questions.yaml. */
import path from 'node:path';
import { createAssistant } from '../../src/bot/createAssistant.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { categoryOf, loadQuestions, runEval, summarise, type Category } from './score.js';

const verbose = process.argv.includes('--verbose');
const assistant = await createAssistant({
  seedsDir: path.join(PROJECT_ROOT, 'seeds'),
  localesDir: path.join(PROJECT_ROOT, 'locales'),
  publicBaseUrl: 'http://localhost:3978',
});
const questions = loadQuestions(path.join(PROJECT_ROOT, 'test/eval/questions.yaml'));
const outcomes = runEval(assistant, questions);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const rows: [string, ReturnType<typeof summarise>][] = [
  ...(['practice', 'passage', 'city', 'none'] as Category[]).map(
    (c) => [c, summarise(outcomes.filter((o) => categoryOf(o.question) === c))] as [string, ReturnType<typeof summarise>],
  ),
  ['all', summarise(outcomes)],
];
console.log(`${'category'.padEnd(10)} ${'n'.padStart(4)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'MRR'.padStart(7)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(10)} ${String(s.count).padStart(4)} ${pct(s.top1)} ${pct(s.top3)} ${s.mrr.toFixed(3).padStart(7)}`);

const languages = [...new Set(outcomes.map((o) => o.question.lang))];
console.log(`\n${'language'.padEnd(10)} ${'n'.padStart(4)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'MRR'.padStart(7)} ${'no-locale top-1'.padStart(16)}`);
for (const language of languages) {
  const own = outcomes.filter((o) => o.question.lang === language);
  const s = summarise(own);
  const bare = summarise(own.filter((o) => !o.question.locale));
  console.log(`${language.padEnd(10)} ${String(s.count).padStart(4)} ${pct(s.top1)} ${pct(s.top3)} ${s.mrr.toFixed(3).padStart(7)} ${bare.count === 0 ? '-'.padStart(16) : `${pct(bare.top1)} (${bare.count})`.padStart(16)}`);
}

const misses = outcomes.filter((o) => o.rank !== 1);
if (misses.length > 0) {
  console.log(`\nNot first (${misses.length}):`);
  for (const o of misses) {
    console.log(`- [${o.question.lang}${o.question.locale ? '' : ', no locale'}] [${o.category}] ${o.question.q}\n    expected ${JSON.stringify(o.question.expect)}; rank ${o.rank ?? '-'}${verbose || o.rank === undefined ? `; offered ${o.offered.join(', ') || '(nothing)'}` : ''}`);
  }
}
