import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMaven } from './maven.js';

/** The Maven project that resolves Neo4j and builds the launcher class. */
export const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j-launcher');
const files = (dir: string) => ({
  classpath: path.join(dir, 'target/classpath.txt'),
  classFile: path.join(dir, 'target/classes/org/livegraph/Launcher.class'),
  sources: [path.join(dir, 'pom.xml'), path.join(dir, 'src/main/java/org/livegraph/Launcher.java')],
});

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

function isBuilt(dir: string): boolean {
  const { classpath, classFile, sources } = files(dir);
  if (!existsSync(classpath) || !existsSync(classFile)) return false;
  const built = statSync(classFile).mtimeMs;
  return sources.every((src) => statSync(src).mtimeMs <= built);
}

/**
 * Makes sure the Neo4j jars are in the local Maven repository and the launcher is compiled,
 * running Maven only when something is missing or stale. Returns the java classpath.
 */
export async function ensureLauncherBuilt(log: (msg: string) => void = () => {}, dir = LAUNCHER_DIR): Promise<string> {
  if (!hasCommand('java', '-version')) throw new Neo4jSetupError(`Java was not found on PATH. ${HINT}`);
  if (!isBuilt(dir)) {
    if (!hasCommand('mvn', '--version')) throw new Neo4jSetupError(`Maven (mvn) was not found on PATH. ${HINT}`);
    log('Resolving Neo4j Community from Maven Central and compiling the launcher (first run only)...');
    const code = await runMaven(['-f', path.join(dir, 'pom.xml'), 'compile'], log);
    if (code !== 0) throw new Neo4jSetupError(`Maven failed to build ${dir} (exit ${code}). ${HINT}`);
  }
  return `${path.join(dir, 'target/classes')}${path.delimiter}${readFileSync(files(dir).classpath, 'utf8').trim()}`;
}
