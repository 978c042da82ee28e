import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** What a README command needs from the system: `start` and `neo4j:install` the JDK and Maven, `test` Chromium and Redis too. */
export type Purpose = 'start' | 'test' | 'neo4j';
export const PURPOSES: readonly Purpose[] = ['start', 'test', 'neo4j'];

export interface Requirement {
  what: string;
  /** The Debian package that provides it. */
  package: string;
  /** Commands it puts on PATH, or files it installs (absolute paths). */
  commands?: string[];
  files?: string[];
}

export const JDK: Requirement = { what: 'a Java 17 JDK', package: 'openjdk-17-jdk-headless', commands: ['java', 'javac'] };
export const MAVEN: Requirement = { what: 'Maven', package: 'maven', commands: ['mvn'] };
// The explorer's end-to-end test drives Debian's Chromium at this path (test/e2e/explorer.test.ts).
export const CHROMIUM: Requirement = { what: 'Chromium', package: 'chromium', files: ['/usr/bin/chromium'] };
// The rate limiter's shared store is tested against a real Redis server (test/http/rate-limit-redis.test.ts).
export const REDIS: Requirement = { what: 'a Redis server', package: 'redis-server', commands: ['redis-server'] };

/** What the command needs: Java and Maven run the embedded Neo4j, which NEO4J_URI replaces (except for neo4j:install). */
export function needed(purpose: Purpose, env: NodeJS.ProcessEnv): Requirement[] {
  const embedded = purpose === 'neo4j' || !env.NEO4J_URI;
  return [...(embedded ? [JDK, MAVEN] : []), ...(purpose === 'test' ? [CHROMIUM, REDIS] : [])];
}

export interface Probe {
  hasCommand(name: string): boolean;
  exists(file: string): boolean;
}

export function missing(requirements: Requirement[], probe: Probe): Requirement[] {
  return requirements.filter(
    (r) => !(r.commands ?? []).every((c) => probe.hasCommand(c)) || !(r.files ?? []).every((f) => probe.exists(f)),
  );
}

export interface System {
  isRoot: boolean;
  hasAptGet: boolean;
}

export type Plan =
  | { action: 'none' }
  /** Commands to run in order, with DEBIAN_FRONTEND=noninteractive. */
  | { action: 'install'; packages: string[]; commands: string[][] }
  | { action: 'stop'; message: string };

/** The README command a purpose stands for, as the user typed it. */
export const commandOf = (purpose: Purpose) => (purpose === 'neo4j' ? 'npm run neo4j:install' : `npm ${purpose}`);

/** The one message for a machine where we cannot install: what is missing, the packages, the command. */
export function stopMessage(absent: Requirement[], system: System, purpose: Purpose): string {
  const packages = absent.map((r) => r.package).join(' ');
  const sudo = system.isRoot ? '' : 'sudo ';
  const command = `${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`;
  const how = system.hasAptGet
    ? `Install the Debian packages ${packages} with:\n  ${command}`
    : `This is not a Debian-like system (no apt-get): install the equivalents of the Debian packages ${packages}; on Debian the command is:\n  ${command}`;
  const alternative = absent.some((r) => r === JDK || r === MAVEN)
    ? '\nOr set NEO4J_URI to a Neo4j 5 server of your own, which needs neither Java nor Maven.'
    : '';
  const names = absent.map((r) => r.what).join(', ');
  return `${commandOf(purpose)} needs ${names}, not found on this machine. ${how}\nthen run the command again.${alternative}`;
}

/** What to do about the missing requirements: nothing, install them (root with apt-get), or stop with a message. */
export function plan(absent: Requirement[], system: System, purpose: Purpose): Plan {
  if (absent.length === 0) return { action: 'none' };
  if (!system.isRoot || !system.hasAptGet) return { action: 'stop', message: stopMessage(absent, system, purpose) };
  const packages = absent.map((r) => r.package);
  // Like `playwright install --with-deps`: a fresh machine has no package lists yet.
  return {
    action: 'install',
    packages,
    commands: [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', ...packages],
    ],
  };
}

/** Looks things up without starting them (a JVM takes longer to answer `-version` than this whole step may). */
export function systemProbe(env: NodeJS.ProcessEnv): Probe {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  return { hasCommand: (name) => dirs.some((d) => executable(path.join(d, name))), exists: executable };
}
