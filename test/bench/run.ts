/**
 * `npm run bench` (not part of `npm test`): speed against the stack's own ceiling, and retrieval
 * quality against the obvious alternatives. Prints one table and writes it to
 * test/bench/results.md. Each timing is the median of several runs after a warm-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createAssistant } from '../../src/bot/createAssistant.js';
import { turnLanguage } from '../../src/bot/assistant.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadInventory } from '../../src/inventory/load.js';
import { InventoryIndex } from '../../src/inventory/search.js';
import { createLanguageSupport } from '../../src/language/glossary.js';
import { detectLanguage } from '../../src/language/detectLanguage.js';
import { resolveLanguage } from '../../src/language/resolveLanguage.js';
import type { Finding } from '../../src/answers/answer.js';
import { loadQuestions, score, summarise, type EvalQuestion, type Outcome } from '../eval/score.js';
import { lunrPerLanguage, miniSearchDefault, type Ranker } from './baselines.js';
import { CONVERSATIONS, runLoadTest, TURNS } from './loadTest.js';

const ROUNDS = 3;
const SECONDS = 5;
const CONNECTIONS = 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; port: number; startedAt: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (!match) return;
      // From here on the server's log lines are drained, not kept: parsing them would cost the
      // bench (on the same two cores) more than it costs the server to write them.
      child.stdout!.off('data', read);
      child.stdout!.resume();
      resolve({ child, port: Number(match[1]), startedAt });
    };
    child.stdout!.on('data', read);
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));

function activity(text: string, conversation: string, locale: string | undefined) {
  return JSON.stringify({
    type: 'message',
    text,
    ...(locale ? { locale } : {}),
    channelId: 'bench',
    deliveryMode: 'expectReplies',
    conversation: { id: conversation },
    from: { id: `user-${conversation}` },
    recipient: { id: 'bot' },
    serviceUrl: 'http://127.0.0.1:1',
  });
}

async function load(port: number, questions: EvalQuestion[]) {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const q = questions[i++ % questions.length]!;
          return { ...request, body: activity(q.q, `bench-${i % 200}`, q.locale ? q.lang : undefined) };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load test: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

function rss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

async function post(port: number, body: string): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (!res.ok) throw new Error(`POST answered ${res.status}`);
  await res.arrayBuffer();
}

function asFindings(ids: string[], inventory: ReturnType<typeof loadInventory>): Finding[] {
  return ids.slice(0, 3).map((id): Finding => {
    const practice = inventory.practices.get(id);
    if (practice) return { kind: 'practice', score: 0, practice, city: inventory.cities.get(practice.cityId)! };
    const passage = inventory.passages.get(id)!;
    return { kind: 'passage', score: 0, passage, document: inventory.documents.get(passage.documentId)! };
  });
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  const questions = [...loadQuestions(path.join(PROJECT_ROOT, 'test/eval/questions.yaml')), ...loadQuestions(path.join(PROJECT_ROOT, 'test/eval/heldout.yaml'))];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  say(`# Benchmark results`);
  say();
  say(`${new Date().toISOString().slice(0, 10)}; ${os.cpus().length} × ${cpu}; ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${ROUNDS} rounds of ${SECONDS} s per server, alternating, after a warm-up; medians.`);
  say();

  // Build once, for the in-process figures.
  const seeds = path.join(PROJECT_ROOT, 'seeds');
  const assistant = await createAssistant({ seedsDir: seeds, localesDir: path.join(PROJECT_ROOT, 'locales'), publicBaseUrl: 'http://localhost' });
  const buildTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const inventory = loadInventory(seeds);
    const support = createLanguageSupport(inventory.glossary);
    const started = performance.now();
    InventoryIndex.build(inventory, support, (_l, ids) => ids.join(' '));
    buildTimes.push(performance.now() - started);
  }
  const searchTimes: number[] = [];
  // The work itself: language detection, reading and searching, without the caches that serve repeated questions.
  for (let round = 0; round < 20; round++) {
    for (const q of questions) {
      assistant.answerer.forget();
      const started = performance.now();
      const detection = detectLanguage(q.q, assistant.support);
      const { understand } = resolveLanguage({ locale: q.locale ? q.lang : undefined, detection }, assistant.localizer.languages);
      assistant.answerer.answer(q.q, understand);
      if (round > 0) searchTimes.push(performance.now() - started);
    }
  }

  // HTTP: the assistant against the echo bot, alternating.
  const built = spawn('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  await new Promise((resolve) => built.on('exit', resolve));
  const clipReady = /"url":"http:\/\/127\.0\.0\.1:(\d+)"/;
  const clipEnv = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', FEEDBACK_FILE: path.join(os.tmpdir(), 'clip-bench-feedback.jsonl') };
  const coldStarts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { child, port, startedAt } = await startProcess(['dist/src/index.js'], clipEnv, clipReady);
    await post(port, activity('How does Frankfurt avoid segregation in social housing?', 'cold', 'en'));
    coldStarts.push(performance.now() - startedAt);
    await stop(child);
  }
  const clip = await startProcess(['dist/src/index.js'], clipEnv, clipReady);
  const echo = await startProcess(['--import', 'tsx', 'test/bench/echoServer.ts'], {}, /PORT (\d+)/);
  const dialogEcho = await startProcess(['--import', 'tsx', 'test/bench/dialogEchoServer.ts'], {}, /PORT (\d+)/);
  // The warm-up also fills the assistant's caches, as its users' repeated questions do.
  await load(clip.port, questions);
  await load(echo.port, questions);
  await load(dialogEcho.port, questions);
  const clipRuns: Awaited<ReturnType<typeof load>>[] = [];
  const echoRuns: Awaited<ReturnType<typeof load>>[] = [];
  const dialogEchoRuns: Awaited<ReturnType<typeof load>>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    echoRuns.push(await load(echo.port, questions));
    dialogEchoRuns.push(await load(dialogEcho.port, questions));
    clipRuns.push(await load(clip.port, questions));
  }
  for (let i = 0; i < 1000; i++) await post(clip.port, activity('What has Vienna done?', `memory-${i}`, 'en'));
  const memory = rss(clip.child.pid!);
  await stop(clip.child);
  await stop(echo.child);
  await stop(dialogEcho.child);
  const scaleOut = await runLoadTest();

  const clipRps = median(clipRuns.map((r) => r.rps));
  const echoRps = median(echoRuns.map((r) => r.rps));
  const dialogEchoRps = median(dialogEchoRuns.map((r) => r.rps));
  say('## Speed');
  say();
  say('| measure | value |');
  say('| --- | --- |');
  say(`| question turns over HTTP, assistant (${CONNECTIONS} connections) | ${clipRps.toFixed(0)} req/s, p50 ${median(clipRuns.map((r) => r.p50))} ms, p99 ${median(clipRuns.map((r) => r.p99))} ms |`);
  say(`| same, echo bot on the same stack | ${echoRps.toFixed(0)} req/s, p50 ${median(echoRuns.map((r) => r.p50))} ms, p99 ${median(echoRuns.map((r) => r.p99))} ms |`);
  say(`| same, echo bot with conversation and user state and a dialog | ${dialogEchoRps.toFixed(0)} req/s, p50 ${median(dialogEchoRuns.map((r) => r.p50))} ms, p99 ${median(dialogEchoRuns.map((r) => r.p99))} ms |`);
  say(`| assistant / echo bot | ${((clipRps / echoRps) * 100).toFixed(1)}% (target 90%, p99 under 30 ms) |`);
  say(`| assistant / echo bot with state and a dialog | ${((clipRps / dialogEchoRps) * 100).toFixed(1)}% |`);
  say(`| echo bot with state and a dialog / echo bot | ${((dialogEchoRps / echoRps) * 100).toFixed(1)}%: what state and dialogs cost on this stack |`);
  say(`| detection and search alone, uncached, per question (${questions.length} eval questions × 19) | p50 ${ms(percentile(searchTimes, 50))}, p99 ${ms(percentile(searchTimes, 99))} |`);
  say(`| index build (12 languages) | ${ms(median(buildTimes))} |`);
  say(`| cold start: node launched → first question answered | ${ms(median(coldStarts))} |`);
  say(`| resident memory after 1,000 conversations | ${(memory / 2 ** 20).toFixed(0)} MiB |`);
  say();
  say('## Scale-out: two instances on one Azure Blob store (Azurite)');
  say();
  say(`${CONVERSATIONS} conversations at once, ${TURNS} turns each (a city question, the whole recommend dialog, the city again, help), every turn on the other instance; each reply is checked against its own conversation.`);
  say();
  say('| measure | value |');
  say('| --- | --- |');
  say(`| turns answered | ${scaleOut.turns} in ${scaleOut.seconds.toFixed(1)} s (${(scaleOut.turns / scaleOut.seconds).toFixed(0)} turns/s) |`);
  say(`| turn latency under this load | p50 ${scaleOut.p50.toFixed(0)} ms, p99 ${scaleOut.p99.toFixed(0)} ms |`);
  say(`| errors or replies that belonged elsewhere | ${scaleOut.errors.length}${scaleOut.errors.length ? ` (first: ${scaleOut.errors[0]})` : ''} |`);
  say();

  // Quality: the project's search against the alternatives, per language.
  const inventory = assistant.inventory;
  const rankers: [string, Ranker][] = [
    ['MiniSearch defaults', miniSearchDefault(inventory)],
    ['Lunr + lunr-languages', lunrPerLanguage(inventory)],
  ];
  const project = questions.map((q) => {
    const { understand } = turnLanguage(assistant, { locale: q.locale ? q.lang : undefined }, q.q);
    return score(q, assistant.answerer.answer(q.q, understand, { limit: 3 }));
  });
  const others = rankers.map(([name, rank]) => [name, questions.map((q) => score(q, { kind: 'findings', question: assistant.answerer.read(q.q, q.lang), city: undefined, findings: asFindings(rank(q.q, q.lang), inventory) }))] as [string, Outcome[]]);
  say('## Retrieval quality (test/eval/questions.yaml and heldout.yaml)');
  say();
  say(`| language | n | project top-1 / top-3 / MRR | ${rankers.map(([n]) => `${n} top-1 / top-3 / MRR`).join(' | ')} |`);
  say(`| --- | --- | --- | ${rankers.map(() => '---').join(' | ')} |`);
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const cell = (s: ReturnType<typeof summarise>) => `${pct(s.top1)} / ${pct(s.top3)} / ${s.mrr.toFixed(2)}`;
  for (const language of [...new Set(questions.map((q) => q.lang)), 'all']) {
    const pick = (outcomes: Outcome[]) => outcomes.filter((o) => language === 'all' || o.question.lang === language);
    say(`| ${language} | ${pick(project).length} | ${cell(summarise(pick(project)))} | ${others.map(([, o]) => cell(summarise(pick(o)))).join(' | ')} |`);
  }
  say();
  say('Off-topic questions count as correct only when nothing is offered; the alternatives always offer something, which costs them those questions.');
  writeFileSync(path.join(PROJECT_ROOT, 'test/bench/results.md'), `${lines.join('\n')}\n`);
  if (scaleOut.errors.length > 0) process.exitCode = 1;
}

await main();
