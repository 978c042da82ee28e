import { describe, expect, it } from 'vitest';
import { CHROMIUM, JDK, MAVEN, missing, needed, plan, REDIS, type Probe } from '../../src/setup/requirements.js';

/** A machine with these commands on PATH and these files. */
const machine = (commands: string[], files: string[] = []): Probe => ({
  hasCommand: (c) => commands.includes(c),
  exists: (f) => files.includes(f),
});
const ROOT_DEBIAN = { isRoot: true, hasAptGet: true };
const USER_DEBIAN = { isRoot: false, hasAptGet: true };

describe('what each command needs', () => {
  it('npm test needs the JDK, Maven, Chromium and Redis; npm start the JDK and Maven', () => {
    expect(needed('test', {})).toEqual([JDK, MAVEN, CHROMIUM, REDIS]);
    expect(needed('start', {})).toEqual([JDK, MAVEN]);
  });

  it('with NEO4J_URI, neither Java nor Maven, except for neo4j:install, which builds the launcher', () => {
    expect(needed('start', { NEO4J_URI: 'bolt://db:7687' })).toEqual([]);
    expect(needed('test', { NEO4J_URI: 'bolt://db:7687' })).toEqual([CHROMIUM, REDIS]);
    expect(needed('neo4j', { NEO4J_URI: 'bolt://db:7687' })).toEqual([JDK, MAVEN]);
  });
});

describe('what is missing', () => {
  it('is nothing when every command and file is there', () => {
    expect(missing([JDK, MAVEN, CHROMIUM], machine(['java', 'javac', 'mvn'], ['/usr/bin/chromium']))).toEqual([]);
  });

  it('counts a Java runtime without javac as no JDK (Maven compiles the launcher)', () => {
    expect(missing([JDK, MAVEN, CHROMIUM], machine(['java', 'mvn'], ['/usr/bin/chromium']))).toEqual([JDK]);
  });

  it('counts a chromium command elsewhere on PATH as missing: the end-to-end test starts /usr/bin/chromium', () => {
    expect(missing([CHROMIUM], machine(['chromium']))).toEqual([CHROMIUM]);
  });
});

describe('the plan', () => {
  it('does nothing when nothing is missing, even without root or apt-get', () => {
    expect(plan([], { isRoot: false, hasAptGet: false }, 'test')).toEqual({ action: 'none' });
  });

  it('as root with apt-get, updates the package lists and installs exactly the missing packages', () => {
    expect(plan([MAVEN, CHROMIUM], ROOT_DEBIAN, 'test')).toEqual({
      action: 'install',
      packages: ['maven', 'chromium'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'maven', 'chromium'],
      ],
    });
  });

  it('without root, stops with one message naming the packages, the sudo command, and NEO4J_URI', () => {
    const result = plan([JDK, MAVEN, CHROMIUM], USER_DEBIAN, 'test');
    expect(result).toEqual({
      action: 'stop',
      message:
        'npm test needs a Java 17 JDK, Maven, Chromium, not found on this machine. Install the Debian packages openjdk-17-jdk-headless maven chromium with:\n' +
        '  sudo apt-get update && sudo apt-get install -y openjdk-17-jdk-headless maven chromium\n' +
        'then run the command again.\n' +
        'Or set NEO4J_URI to a Neo4j 5 server of your own, which needs neither Java nor Maven.',
    });
  });

  it('does not offer NEO4J_URI when only Chromium is missing', () => {
    const result = plan([CHROMIUM], USER_DEBIAN, 'test');
    expect(result.action).toBe('stop');
    expect(result.action === 'stop' && result.message).toContain('sudo apt-get install -y chromium\n');
    expect(result.action === 'stop' && result.message).not.toContain('NEO4J_URI');
  });

  it('as root without apt-get, stops and says so rather than trying another package manager', () => {
    const result = plan([MAVEN], { isRoot: true, hasAptGet: false }, 'neo4j');
    expect(result.action === 'stop' && result.message).toMatch(/^npm run neo4j:install needs Maven, .*\(no apt-get\)/);
    expect(result.action === 'stop' && result.message).toContain('\n  apt-get update && apt-get install -y maven\n');
  });
});
