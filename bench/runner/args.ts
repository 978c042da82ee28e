import { parseArgs } from 'node:util';

/** The servers the benchmark compares: our API, the hand-written floor, and @neo4j/graphql. */
export const TARGETS = ['ours', 'floor', 'neo4j-graphql'] as const;
export type Target = (typeof TARGETS)[number];

export interface BenchArgs {
  /** Entities of the synthetic graph, or 'seed' for the 144-entity seed graph (a quick check). */
  entities: number | 'seed';
  connections: number;
  /** Seconds measured per operation per target. */
  duration: number;
  /** Seconds of load sent and discarded before each measurement. */
  warmup: number;
  /** Operation names to run; all when undefined. */
  only: string[] | undefined;
  targets: Target[];
}

/** A bad command line; its message is one line for the user. */
export class ArgsError extends Error {
  override name = 'ArgsError';
}

export const USAGE =
  'usage: npm run bench -- [--entities N|seed] [--seed-graph] [--connections 8] [--duration 10] [--warmup 2] [--only op1,op2] [--targets ours,floor,neo4j-graphql]';

/** `text` as a number within [min, max] (a whole one when `integer`); throws ArgsError naming the option. */
export function number(name: string, text: string, min: number, max: number, integer: boolean): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    throw new ArgsError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function list<T extends string>(name: string, text: string, known: readonly T[]): T[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((i) => !known.includes(i as T));
  if (items.length === 0 || unknown.length > 0) {
    throw new ArgsError(
      `--${name}: unknown ${unknown.length ? `"${unknown.join('", "')}"` : 'empty list'}; choose from ${known.join(', ')}`,
    );
  }
  return [...new Set(items as T[])];
}

/** Parses the runner's arguments; `operations` are the names `--only` may pick. Throws ArgsError. */
export function parseBenchArgs(argv: string[], operations: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        entities: { type: 'string', default: '100000' },
        'seed-graph': { type: 'boolean', default: false },
        connections: { type: 'string', default: '8' },
        duration: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '2' },
        only: { type: 'string' },
        targets: { type: 'string', default: TARGETS.join(',') },
      },
    }));
  } catch (err) {
    // node:util's messages run over several lines with advice for scripts; keep the first.
    throw new ArgsError((err as Error).message.split('\n')[0]!);
  }
  const seed = values['seed-graph'] || values.entities === 'seed';
  return {
    entities: seed ? 'seed' : number('entities', values.entities, 1, 10_000_000, true),
    connections: number('connections', values.connections, 1, 1000, true),
    duration: number('duration', values.duration, 0.5, 600, false),
    warmup: number('warmup', values.warmup, 0, 600, false),
    only: values.only === undefined ? undefined : list('only', values.only, operations),
    targets: list('targets', values.targets, TARGETS),
  };
}
