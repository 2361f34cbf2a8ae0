/**
 * `npm run eval`: top-1, top-3 and MRR of the assistant, by category and by language, on
 * test/eval/questions.yaml (written with the inventory) and test/eval/heldout.yaml (written
 * afterwards by someone who saw neither the search code, the glossary nor the first set).
 * `npm run eval -- --verbose` lists what was offered for every miss.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createAssistant } from '../../src/bot/createAssistant.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { categoryOf, loadQuestions, runEval, summarise, type Category, type Outcome } from './score.js';

const verbose = process.argv.includes('--verbose');
const assistant = await createAssistant({
  seedsDir: path.join(PROJECT_ROOT, 'seeds'),
  localesDir: path.join(PROJECT_ROOT, 'locales'),
  publicBaseUrl: 'http://localhost:3978',
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, outcomes: Outcome[], extra = '') => {
  const s = summarise(outcomes);
  return `${name.padEnd(10)} ${String(s.count).padStart(4)} ${pct(s.top1)} ${pct(s.top3)} ${s.mrr.toFixed(3).padStart(7)}${extra}`;
};

function report(title: string, outcomes: Outcome[]): void {
  console.log(`\n== ${title}\n${'category'.padEnd(10)} ${'n'.padStart(4)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'MRR'.padStart(7)}`);
  for (const c of ['practice', 'passage', 'city', 'none'] as Category[]) {
    const own = outcomes.filter((o) => categoryOf(o.question) === c);
    if (own.length > 0) console.log(row(c, own));
  }
  console.log(row('all', outcomes));
  console.log(`\n${'language'.padEnd(10)} ${'n'.padStart(4)} ${'top-1'.padStart(7)} ${'top-3'.padStart(7)} ${'MRR'.padStart(7)} ${'no-locale top-1'.padStart(16)}`);
  for (const language of [...new Set(outcomes.map((o) => o.question.lang))]) {
    const own = outcomes.filter((o) => o.question.lang === language);
    const bare = own.filter((o) => !o.question.locale);
    const extra = bare.length === 0 ? '-'.padStart(17) : `${pct(summarise(bare).top1)} (${bare.length})`.padStart(17);
    console.log(row(language, own, extra));
  }
  const misses = outcomes.filter((o) => o.rank !== 1);
  if (misses.length === 0) return;
  console.log(`\nNot first (${misses.length}):`);
  for (const o of misses) {
    const where = `${o.question.lang}${o.question.locale ? '' : ', no locale'}`;
    const offered = verbose || o.rank === undefined ? `; offered ${o.offered.join(', ') || '(nothing)'}` : '';
    console.log(`- [${where}] [${o.category}] ${o.question.q}\n    expected ${JSON.stringify(o.question.expect)}; rank ${o.rank ?? '-'}${offered}`);
  }
}

for (const [title, file] of [
  ['questions.yaml', 'test/eval/questions.yaml'],
  ['heldout.yaml (held out)', 'test/eval/heldout.yaml'],
] as const) {
  const full = path.join(PROJECT_ROOT, file);
  if (existsSync(full)) report(title, runEval(assistant, loadQuestions(full)));
}
