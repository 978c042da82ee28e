import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureLauncherBuilt, LAUNCHER_DIR } from '../../src/neo4j/install.js';

// A first start, downloads included, without the network: a copy of the launcher project is built
// by Maven with an empty local repository whose "Maven Central" is this machine's own ~/.m2 (a file://
// mirror), as `npm start` does it on a fresh machine.
const work = mkdtempSync(path.join(tmpdir(), 'launcher-first-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('building the launcher the first time', () => {
  it('logs one line as the download starts and a summary, and no escape codes', { timeout: 600_000 }, async () => {
    const ownRepository = path.join(homedir(), '.m2/repository');
    expect(existsSync(path.join(ownRepository, 'org/neo4j')), 'npm run neo4j:install has filled ~/.m2').toBe(true);
    const home = path.join(work, 'home');
    mkdirSync(path.join(home, '.m2'), { recursive: true });
    writeFileSync(
      path.join(home, '.m2/settings.xml'),
      `<settings><mirrors><mirror><id>this-machine</id><mirrorOf>*</mirrorOf><url>file://${ownRepository}</url></mirror></mirrors></settings>\n`,
    );
    const project = path.join(work, 'neo4j-launcher');
    cpSync(LAUNCHER_DIR, project, { recursive: true, filter: (p) => !p.startsWith(path.join(LAUNCHER_DIR, 'target')) });

    const saved = process.env.MAVEN_OPTS;
    process.env.MAVEN_OPTS = `-Duser.home=${home}`;
    const logged: string[] = [];
    try {
      const classpath = await ensureLauncherBuilt((m) => logged.push(m), project);
      expect(classpath.split(path.delimiter).every((p) => existsSync(p))).toBe(true);
      expect(classpath).toContain(path.join(home, '.m2/repository/org/neo4j'));
    } finally {
      if (saved === undefined) delete process.env.MAVEN_OPTS;
      else process.env.MAVEN_OPTS = saved;
    }

    expect(logged.join('\n')).not.toMatch(/\x1b/); // eslint-disable-line no-control-regex
    expect(logged.filter((l) => l.startsWith('Downloading '))).toHaveLength(1);
    expect(logged[0]).toBe('Resolving Neo4j Community from Maven Central and compiling the launcher (first run only)...');
    const summary = logged.find((l) => l.startsWith('Downloaded '));
    expect(summary).toMatch(/^Downloaded \d{3,} files \(\d+ MB\) from Maven Central in \d+ s\.$/);
    // Nothing but those lines (and Maven's warnings, if any).
    expect(logged.filter((l) => !l.startsWith('maven: [WARNING]'))).toHaveLength(3);
  });
});
