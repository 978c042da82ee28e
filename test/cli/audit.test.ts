import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SEEDS_DIR } from '../../src/seed/read.js';

// `npm run audit` over the shared seeded database: passes with the seeds' exceptions, fails on a stale one.

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(tmpdir(), 'audit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const auditCli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/audit.ts', ...args], {
    env: { ...process.env, NEO4J_URI: inject('neo4j').uri, LOG_LEVEL: 'silent' },
    timeout: 120_000,
  });

describe('npm run audit', () => {
  it('passes on the seed graph, listing the components', async () => {
    const { stdout } = await auditCli();
    expect(stdout).toMatch(/^Components: \d+/);
    expect(stdout).toContain('isolated: 0 open findings');
    expect(stdout.trim().split('\n').at(-1)).toBe('Audit passed.');
  });

  it('fails, naming the file, on an exception for a finding that no longer occurs', async () => {
    const dir = path.join(tmp, 'seeds');
    cpSync(SEEDS_DIR, dir, { recursive: true });
    const file = path.join(dir, 'graph', '000-agglomeration-effect-2023.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { auditExceptions: unknown[] };
    json.auditExceptions.push({ check: 'isolated', item: 'place:china', reason: 'China is related to many entities, so this is stale.' });
    writeFileSync(file, JSON.stringify(json));
    const failed = await auditCli('--dir', dir).then(
      () => undefined,
      (err: { code: number; stdout: string }) => err,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain('STALE exception in seeds/graph/000-agglomeration-effect-2023.json: isolated place:china');
  });
});
