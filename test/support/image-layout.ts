import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { dockerignore, envOf, type Stage } from './dockerfile.js';

/** What the final stage leaves for `docker run`: where it runs, with which environment and command. */
export interface ImageRun {
  /** The host folder standing for the final stage's WORKDIR. */
  cwd: string;
  env: Record<string, string>;
  cmd: string[];
}

/**
 * Builds an image's file layout without a Docker engine: each stage's filesystem root is a folder
 * under `root`, and its WORKDIR, ENV, COPY (from the context, minus .dockerignore, or --from a
 * stage) and RUN (through /bin/sh, in the WORKDIR, with the stage's ENV over `buildEnv`) are
 * carried out in order. Returns how the last stage runs. USER and EXPOSE have no effect here.
 */
export function buildLayout(stages: Stage[], context: string, root: string, buildEnv: Record<string, string>): ImageRun {
  const ignored = existsSync(path.join(context, '.dockerignore'))
    ? dockerignore(readFileSync(path.join(context, '.dockerignore'), 'utf8'))
    : () => false;
  const rootOf = (name: string) => path.join(root, 'stages', name);
  let last: ImageRun | undefined;
  for (const stage of stages) {
    const stageRoot = rootOf(stage.name);
    mkdirSync(stageRoot, { recursive: true });
    let workdir = '/';
    const env: Record<string, string> = {};
    let cmd: string[] = [];
    const host = (p: string) => path.join(stageRoot, path.posix.resolve(workdir, p));
    for (const ins of stage.instructions) {
      switch (ins.keyword) {
        case 'WORKDIR':
          workdir = path.posix.resolve(workdir, ins.args[0]!);
          mkdirSync(host('.'), { recursive: true });
          break;
        case 'ENV':
          Object.assign(env, envOf(ins));
          break;
        case 'COPY': {
          const sources = ins.args.slice(0, -1);
          const dest = ins.args.at(-1)!;
          const from = ins.flags.from;
          for (const src of sources) {
            const source = from === undefined ? path.join(context, src) : path.join(rootOf(from), path.posix.resolve('/', src));
            if (!existsSync(source)) throw new Error(`COPY ${src}: not found in ${from ?? 'the build context'}`);
            // A folder's contents go into dest; a file goes into dest/ when dest names a folder.
            const into =
              statSync(source).isDirectory() || !(dest.endsWith('/') || sources.length > 1)
                ? host(dest)
                : path.join(host(dest), path.basename(src));
            cpSync(source, into, {
              recursive: true,
              filter: (p) => from !== undefined || !ignored(path.relative(context, p).split(path.sep).join('/')),
            });
          }
          break;
        }
        case 'RUN': {
          const [file, ...args] = ins.json ? ins.args : ['/bin/sh', '-c', ins.text];
          const r = spawnSync(file!, args, {
            cwd: host('.'),
            env: { ...buildEnv, ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
            encoding: 'utf8',
          });
          if (r.status !== 0) throw new Error(`RUN ${ins.text} (stage ${stage.name}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
          break;
        }
        case 'CMD':
          if (!ins.json) throw new Error('CMD in shell form: the exec form is what receives SIGTERM from docker stop');
          cmd = ins.args;
          break;
        case 'USER':
        case 'EXPOSE':
          break;
        default:
          // A new kind of instruction must be reproduced here, or this layout would not be the image's.
          throw new Error(`${ins.keyword} is not reproduced by test/support/image-layout.ts`);
      }
    }
    last = { cwd: host('.'), env, cmd };
  }
  if (!last) throw new Error('no stage');
  return last;
}

/** Top-level entries of a folder, for assertions on what an image ships. */
export const entries = (dir: string) => readdirSync(dir).sort();
