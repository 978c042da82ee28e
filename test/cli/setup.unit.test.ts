import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The setup step as npm runs it, on a PATH of our own: a fake apt-get records what it is asked
// and "installs" a package by putting its commands on that PATH. Nothing touches the real system.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeMachine(commands: string[]): { bin: string; log: string } {
  const bin = mkdtempSync(path.join(tmpdir(), 'setup-bin-'));
  dirs.push(bin);
  const log = path.join(bin, 'apt.log');
  const script = (body: string) => `#!/bin/sh\n${body}\n`;
  symlinkSync(process.execPath, path.join(bin, 'node'));
  for (const c of commands) writeFileSync(path.join(bin, c), script('exit 0'), { mode: 0o755 });
  writeFileSync(
    path.join(bin, 'apt-get'),
    script(`echo "$DEBIAN_FRONTEND $*" >> ${log}
for pkg in "$@"; do
  case "$pkg" in
    openjdk-17-jdk-headless) printf '#!/bin/sh\\n' > ${bin}/java; printf '#!/bin/sh\\n' > ${bin}/javac; /bin/chmod +x ${bin}/java ${bin}/javac ;;
    maven) printf '#!/bin/sh\\n' > ${bin}/mvn; /bin/chmod +x ${bin}/mvn ;;
  esac
done`),
  );
  chmodSync(path.join(bin, 'apt-get'), 0o755);
  return { bin, log };
}

const setup = (bin: string, purpose: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/setup.ts', purpose], { env: { PATH: bin, ...env }, encoding: 'utf8' });

const isRoot = process.getuid?.() === 0;

describe('npm run setup (the pre-script of start, test and neo4j:install)', () => {
  it('does nothing and says nothing when all is there', () => {
    const { bin, log } = fakeMachine(['java', 'javac', 'mvn']);
    const r = setup(bin, 'start');
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(existsSync(log)).toBe(false);
  });

  it('installs the missing JDK and Maven with apt-get as root, then finds them', { skip: !isRoot }, () => {
    const { bin, log } = fakeMachine([]);
    const r = setup(bin, 'neo4j');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Installing from Debian's packages what npm run neo4j:install needs: openjdk-17-jdk-headless maven");
    expect(readFileSync(log, 'utf8')).toBe('noninteractive update\nnoninteractive install -y openjdk-17-jdk-headless maven\n');
    // The second run finds everything: quick and silent.
    expect(setup(bin, 'neo4j')).toMatchObject({ status: 0, stdout: '' });
  });

  it('stops with the message when apt-get "succeeds" but the commands are still not there', { skip: !isRoot }, () => {
    const { bin } = fakeMachine(['java', 'javac']);
    writeFileSync(path.join(bin, 'apt-get'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const r = setup(bin, 'start');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('apt-get install -y maven');
  });

  it('needs nothing for npm start with NEO4J_URI, on a machine without Java', () => {
    const { bin, log } = fakeMachine([]);
    expect(setup(bin, 'start', { NEO4J_URI: 'bolt://db:7687' })).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(existsSync(log)).toBe(false);
  });

  it('refuses an unknown purpose', () => {
    const { bin } = fakeMachine([]);
    expect(setup(bin, 'deploy').status).toBe(2);
  });
});
