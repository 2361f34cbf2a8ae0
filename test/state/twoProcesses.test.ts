/**
 * As an operator runs it: two `src/index.ts` processes started with the same
 * AZURE_STORAGE_CONNECTION_STRING (Azurite) carry one guided conversation between them, stop
 * cleanly on SIGTERM, and `npm run report` reads the feedback both wrote.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { realAssistant } from '../helpers/assistant.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { activity, postJson } from '../helpers/server.js';

interface Instance {
  child: ChildProcess;
  url: string;
  log: string[];
  exited: Promise<number | null>;
}

let azurite: Azurite;
const env = () => ({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container });
const container = `processes-${randomUUID().slice(0, 8)}`;

async function launch(): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/index.ts')], { cwd: PROJECT_ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 30 s:\n${log.join('')}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(log.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${log.join('')}`)));
  });
  return { child, url, log, exited };
}

let instances: Instance[] = [];
beforeAll(async () => {
  azurite = await startAzurite();
  instances = await Promise.all([launch(), launch()]);
}, 60_000);
afterAll(async () => {
  for (const instance of instances) instance.child.kill('SIGKILL');
  await azurite?.stop();
});

describe('two processes on one Azure Blob store', () => {
  it('carry one guided conversation between them, turn by turn', async () => {
    const { localizer } = await realAssistant();
    const t = localizer.t('de');
    const conversation = `processes-${randomUUID()}`;
    const say = async (instance: Instance, text: string) => {
      const res = await postJson(`${instance.url}/api/messages`, activity({ id: randomUUID(), text, locale: 'de-DE', conversation: { id: conversation } }));
      expect(res.status).toBe(200);
      return ((await res.json()) as { activities: Partial<Activity>[] }).activities.filter((a) => a.type === 'message').at(-1)!;
    };
    let reply = await say(instances[0]!, t('bot:commands.recommend.0'));
    expect(reply.text).toContain(t('bot:recommend.askTheme'));
    const questions = ['askSize', 'askMarket', 'askSocialShare', 'askGroups', 'askActors'];
    for (const [i, next] of questions.entries()) {
      reply = await say(instances[(i + 1) % 2]!, String(reply.suggestedActions?.actions[0]?.value));
      expect(reply.text, next).toContain(t(`bot:recommend.${next}`));
    }
    reply = await say(instances[0]!, String(reply.suggestedActions?.actions[0]?.value));
    expect(reply.locale).toBe('de');
    expect((reply.entities?.[0] as { citation?: unknown[] }).citation?.length).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('lets `npm run report` read the feedback both wrote', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/report.ts')], { cwd: PROJECT_ROOT, env: env(), encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Feedback from Azure Blob container ${container}`);
    expect(result.stdout).toMatch(/\s1 {2}recommend \{/);
  });

  it('stop on SIGTERM with exit code 0 after saying so', async () => {
    for (const instance of instances) instance.child.kill('SIGTERM');
    expect(await Promise.all(instances.map((i) => i.exited))).toEqual([0, 0]);
    for (const instance of instances) expect(instance.log.join('')).toContain('"msg":"stopped"');
  });
});
