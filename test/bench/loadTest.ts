/**
 * The scale-out load test (part of `npm run bench`, not of `npm test`): two assistant processes on
 * one Azure Blob store (Azurite), 200 conversations at once, 10 turns each, every turn on the
 * other instance than the one before. Each conversation asks about its own city, then walks the
 * recommend dialog, so a reply that belonged to another conversation, or state that leaked or was
 * lost, shows up as a wrong answer. Run alone with `npx tsx test/bench/loadTest.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { PROJECT_ROOT } from '../../src/config.js';
import { createAssistant } from '../../src/bot/createAssistant.js';
import { startAzurite } from '../helpers/azurite.js';

export const CONVERSATIONS = 200;
export const TURNS = 10;

export interface LoadResult {
  turns: number;
  errors: string[];
  seconds: number;
  p50: number;
  p99: number;
}

function launch(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.on('exit', (code) => reject(new Error(`instance exited with ${code}: ${out.slice(-2000)}`)));
  });
}

const stop = (child: ChildProcess) => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM')));

/** Assumes dist/ is built (`npm run build`). */
export async function runLoadTest(): Promise<LoadResult> {
  const assistant = await createAssistant({ seedsDir: path.join(PROJECT_ROOT, 'seeds'), localesDir: path.join(PROJECT_ROOT, 'locales'), publicBaseUrl: 'http://localhost' });
  const t = assistant.localizer.t('en');
  const cities = [...assistant.inventory.cities.values()];
  const azurite = await startAzurite();
  const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: `load-${randomUUID().slice(0, 8)}` };
  // "listening" is logged at info; start at info, the load itself logs only warnings and errors.
  const instances = await Promise.all([launch({ ...env, LOG_LEVEL: 'info' }), launch({ ...env, LOG_LEVEL: 'info' })]);
  for (const instance of instances) instance.child.stdout!.resume();
  const errors: string[] = [];
  const latencies: number[] = [];

  const conversation = async (n: number) => {
    const id = `load-${n}-${randomUUID()}`;
    const city = cities[n % cities.length]!;
    let turn = 0;
    const say = async (text: string): Promise<Partial<Activity>> => {
      const instance = instances[turn++ % 2]!;
      const activityId = randomUUID();
      const started = performance.now();
      const res = await fetch(`${instance.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: activityId, text, locale: 'en', channelId: 'load', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:1', conversation: { id }, from: { id: `user-${n}` }, recipient: { id: 'bot' } }),
      });
      latencies.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`${id} turn ${turn}: HTTP ${res.status}`);
      const replies = ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message');
      for (const reply of replies) {
        if (reply.conversation?.id !== id || reply.replyToId !== activityId) throw new Error(`${id} turn ${turn}: a reply addressed to ${reply.conversation?.id}/${reply.replyToId}`);
      }
      const last = replies.at(-1);
      if (!last) throw new Error(`${id} turn ${turn}: no reply`);
      return last;
    };
    const expect = (ok: boolean, what: string) => {
      if (!ok) throw new Error(`${id} turn ${turn}: ${what}`);
    };
    try {
      let reply = await say(`What has ${city.name} done?`);
      expect(reply.text?.includes(city.name) ?? false, `the answer does not name ${city.name}: "${reply.text?.slice(0, 60)}"`);
      reply = await say(t('bot:commands.recommend.0'));
      expect(reply.text?.includes(t('bot:recommend.askTheme')) ?? false, `the theme question was not asked: "${reply.text?.slice(0, 60)}"`);
      for (const next of ['askSize', 'askMarket', 'askSocialShare', 'askGroups', 'askActors']) {
        reply = await say(String(reply.suggestedActions?.actions[0]?.value));
        expect(reply.text?.includes(t(`bot:recommend.${next}`)) ?? false, `expected ${next}, got "${reply.text?.slice(0, 60)}"`);
      }
      reply = await say(String(reply.suggestedActions?.actions[0]?.value));
      expect(((reply.entities?.[0] as { citation?: unknown[] } | undefined)?.citation?.length ?? 0) >= 3, 'fewer than three cited recommendations');
      reply = await say(`What has ${city.name} done?`);
      expect(reply.text?.includes(city.name) ?? false, `the answer does not name ${city.name}`);
      reply = await say('help');
      expect(reply.text?.includes(t('bot:help.text').slice(0, 30)) ?? false, 'help was not shown');
      expect(turn === TURNS, `ran ${turn} turns instead of ${TURNS}`);
    } catch (error) {
      errors.push((error as Error).message);
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, n) => conversation(n)));
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(instances.map((i) => stop(i.child)));
  await azurite.stop();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
  return { turns: latencies.length, errors, seconds, p50: at(50), p99: at(99) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runLoadTest();
  console.log(JSON.stringify({ ...result, errors: result.errors.slice(0, 10), errorCount: result.errors.length }, null, 2));
}
