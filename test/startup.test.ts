/** Start-up as an operator meets it: a bad seed file stops the process with a message that names it. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { city, document, practice, seedFixture, type SeedFixture } from './helpers/seedFixture.js';

let seeds: SeedFixture;
beforeAll(() => {
  seeds = seedFixture();
  seeds.writeDocument('report', document());
  seeds.writeCity('testville', city({ practices: [practice({ evidence: 'rumour' })] }));
});
afterAll(() => seeds.remove());

function run(script: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SEEDS_DIR: seeds.dir, PORT: '0', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('start-up with a bad seed file', () => {
  it('stops the bot with exit code 1 and names file, record and field', () => {
    const result = run('src/index.ts');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Cannot start: clip-seeds-\w+\/cities\/testville\.yaml: practice "testville-mixed-allocation", field "evidence": Invalid option: expected one of "clip"\|"external"$/m);
  });

  it('fails npm run validate the same way', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/validate.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SEEDS_DIR: seeds.dir },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('invalid seed: clip-seeds-');
    expect(result.stderr).toContain('field "evidence"');
  });
});
