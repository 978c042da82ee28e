import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

// ANSI escape sequences (CSI and two-character ones). Debian's Maven 3.8 writes ESC[0m resets even
// in batch mode (-B), so they are removed here, whatever the Maven version does.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b(\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])/g;
export const stripEscapes = (line: string) => line.replace(ESCAPES, '');

const DOWNLOADING = /^\[INFO\] Downloading from [^:]+: /;
const DOWNLOADED = /^\[INFO\] Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|MB|GB)/;
const UNITS: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
/** Lines kept for the report of a failed build (the cause is at the end). */
const TAIL = 40;

/**
 * Turns Maven's batch output into a few log lines: one when the first download starts, one summary
 * when the build ends, and its warnings; the tail of its output (errors included) only on failure.
 */
export class MavenOutput {
  private files = 0;
  private bytes = 0;
  private started = 0;
  private readonly tail: string[] = [];

  constructor(
    private readonly log: (msg: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  line(raw: string): void {
    const line = stripEscapes(raw).trimEnd();
    if (DOWNLOADING.test(line)) {
      if (this.started === 0) {
        this.started = this.now();
        this.log('Downloading Neo4j Community and its jars from Maven Central (first run only)...');
      }
      return;
    }
    const done = DOWNLOADED.exec(line);
    if (done) {
      this.files += 1;
      this.bytes += Number(done[1]) * UNITS[done[2]!]!;
      return;
    }
    if (/^\[WARNING\] \S/.test(line)) this.log(`maven: ${line}`);
    this.tail.push(line);
    if (this.tail.length > TAIL) this.tail.shift();
  }

  end(ok: boolean): void {
    if (this.files > 0) {
      const seconds = ((this.now() - this.started) / 1000).toFixed(0);
      this.log(`Downloaded ${this.files} files (${(this.bytes / 1e6).toFixed(0)} MB) from Maven Central in ${seconds} s.`);
    }
    if (!ok) for (const line of this.tail.filter((l) => l !== '[INFO]' && l !== '')) this.log(`maven: ${line}`);
  }
}

/** Runs Maven in batch mode (no colours, no progress bars) and logs what `MavenOutput` keeps; resolves with its exit code. */
export function runMaven(args: string[], log: (msg: string) => void): Promise<number> {
  const output = new MavenOutput(log);
  return new Promise((resolve) => {
    const child = spawn('mvn', ['-B', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    // readline hands over each line as its data arrives, so every line is read by the time 'close' fires.
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (l) => output.line(l));
    let settled = false;
    const finish = (code: number) => {
      if (settled) return;
      settled = true;
      output.end(code === 0);
      resolve(code);
    };
    child.on('error', (err) => {
      log(`maven: ${err.message}`);
      finish(1);
    });
    child.on('close', (code) => finish(code ?? 1));
  });
}
