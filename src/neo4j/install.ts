import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Maven project that resolves Neo4j and builds the launcher class. */
const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j-launcher');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target/classpath.txt');
const CLASS_FILE = path.join(LAUNCHER_DIR, 'target/classes/org/livegraph/Launcher.class');
const SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/org/livegraph/Launcher.java')];

/** Raised when the embedded Neo4j cannot be prepared; the message says what to install or set. */
export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}

const HINT =
  'Install Java 17+ and Maven 3.8+ (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use a Neo4j server of your own.';

function hasCommand(cmd: string, versionFlag: string): boolean {
  const r = spawnSync(cmd, [versionFlag], { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(CLASS_FILE)) return false;
  const built = statSync(CLASS_FILE).mtimeMs;
  return SOURCES.every((src) => statSync(src).mtimeMs <= built);
}

/**
 * Makes sure the Neo4j jars are in the local Maven repository and the launcher is compiled,
 * running Maven only when something is missing or stale. Returns the java classpath.
 */
export function ensureLauncherBuilt(log: (msg: string) => void = () => {}): string {
  if (!hasCommand('java', '-version')) throw new Neo4jSetupError(`Java was not found on PATH. ${HINT}`);
  if (!isBuilt()) {
    if (!hasCommand('mvn', '--version')) throw new Neo4jSetupError(`Maven (mvn) was not found on PATH. ${HINT}`);
    log('Resolving Neo4j Community from Maven Central and compiling the launcher (first run only)...');
    const r = spawnSync('mvn', ['-B', '-q', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'compile'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.status !== 0) throw new Neo4jSetupError(`Maven failed to build ${LAUNCHER_DIR} (exit ${r.status}). ${HINT}`);
  }
  return `${path.join(LAUNCHER_DIR, 'target/classes')}${path.delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}
