import { describe, expect, it } from 'vitest';
import { MavenOutput, stripEscapes } from '../../src/neo4j/maven.js';

// Lines as Debian's Maven 3.8.7 writes them with -B: ESC[0m resets at the start and end of the run.
const RUN = [
  '\x1b[0m\x1b[0m[INFO] Scanning for projects...',
  '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.pom',
  '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j/5.26.30/neo4j-5.26.30.pom (12 kB at 40 kB/s)',
  '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar',
  '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (7.5 MB at 9.1 MB/s)',
  '[WARNING] ',
  '[WARNING] The POM for org.example:thing:jar:1.0 is missing',
  '[INFO] BUILD SUCCESS',
  '\x1b[0m\x1b[0m',
];

function replay(lines: string[], ok: boolean): string[] {
  const logged: string[] = [];
  let t = 0;
  const output = new MavenOutput(
    (m) => logged.push(m),
    () => (t += 4_000),
  );
  for (const line of lines) output.line(line);
  output.end(ok);
  return logged;
}

describe("Maven's output in our logs", () => {
  it('strips colour and other escape sequences', () => {
    expect(stripEscapes('\x1b[0m\x1b[1;31m[ERROR]\x1b[m done\x1b[0m')).toBe('[ERROR] done');
  });

  it('says once that the download starts, then sums it up, with warnings (not their blank lines) and nothing else', () => {
    expect(replay(RUN, true)).toEqual([
      'Downloading Neo4j Community and its jars from Maven Central (first run only)...',
      'maven: [WARNING] The POM for org.example:thing:jar:1.0 is missing',
      'Downloaded 2 files (8 MB) from Maven Central in 4 s.',
    ]);
  });

  it('is silent when nothing is downloaded and the build succeeds', () => {
    expect(replay(['\x1b[0m\x1b[0m[INFO] Scanning for projects...', '[INFO] BUILD SUCCESS'], true)).toEqual([]);
  });

  it('shows the end of the output, without escapes, when the build fails', () => {
    const logged = replay(
      ['[INFO] Scanning for projects...', '[INFO] BUILD FAILURE', '\x1b[1;31m[ERROR] Could not resolve dependencies\x1b[m'],
      false,
    );
    expect(logged).toEqual([
      'maven: [INFO] Scanning for projects...',
      'maven: [INFO] BUILD FAILURE',
      'maven: [ERROR] Could not resolve dependencies',
    ]);
  });
});
