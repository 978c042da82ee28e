import { spawnSync } from 'node:child_process';
import { commandOf, missing, needed, plan, PURPOSES, stopMessage, systemProbe, type Purpose } from '../setup/requirements.js';

// `npm start`, `npm test` and `npm run neo4j:install` run this first (their pre-scripts): it installs
// what is missing of the JDK, Maven and Chromium from Debian's packages when it can (root, apt-get),
// and otherwise stops with one message saying what to install. When all is there it only looks.
const purpose = process.argv[2] as Purpose;
if (!PURPOSES.includes(purpose)) {
  console.error(`usage: setup.ts ${PURPOSES.join('|')}`);
  process.exit(2);
}

const requirements = needed(purpose, process.env);
const absent = missing(requirements, systemProbe(process.env));
const system = { isRoot: process.getuid?.() === 0, hasAptGet: systemProbe(process.env).hasCommand('apt-get') };
const next = plan(absent, system, purpose);

if (next.action === 'stop') {
  console.error(next.message);
  process.exit(1);
}
if (next.action === 'install') {
  console.log(`Installing from Debian's packages what ${commandOf(purpose)} needs: ${next.packages.join(' ')}`);
  for (const [cmd, ...args] of next.commands) {
    const r = spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error(`${[cmd, ...args].join(' ')} failed (exit ${r.status ?? r.signal}).`);
      process.exit(1);
    }
  }
  // Installed is what the lookup finds now, not what apt-get said.
  const still = missing(requirements, systemProbe(process.env));
  if (still.length > 0) {
    console.error(stopMessage(still, system, purpose));
    process.exit(1);
  }
}
