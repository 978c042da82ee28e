import { describe, expect, it } from 'vitest';
import { ArgsError, parseBenchArgs, TARGETS } from '../../../bench/runner/args.js';

const OPS = ['by-id', 'nested', 'neighbourhood-2hop'];
const parse = (argv: string[]) => parseBenchArgs(argv, OPS);

describe('the bench runner arguments', () => {
  it('defaults to 100,000 entities, 8 connections, 10 s measured after 2 s warm-up, every operation and target', () => {
    expect(parse([])).toEqual({ entities: 100_000, connections: 8, duration: 10, warmup: 2, only: undefined, targets: [...TARGETS] });
  });

  it('takes each option, and the seed graph as --entities seed or --seed-graph', () => {
    const args = parse([
      '--entities',
      '5000',
      '--connections',
      '4',
      '--duration',
      '2.5',
      '--warmup',
      '0',
      '--only',
      'nested,by-id',
      '--targets',
      'ours,floor',
    ]);
    expect(args).toEqual({
      entities: 5000,
      connections: 4,
      duration: 2.5,
      warmup: 0,
      only: ['nested', 'by-id'],
      targets: ['ours', 'floor'],
    });
    expect(parse(['--entities', 'seed']).entities).toBe('seed');
    expect(parse(['--seed-graph']).entities).toBe('seed');
  });

  it.each([
    [['--entities', '0'], '--entities must be a whole number from 1 to 10000000, got "0"'],
    [['--entities', 'lots'], '--entities must be a whole number from 1 to 10000000, got "lots"'],
    [['--connections', '2.5'], '--connections must be a whole number from 1 to 1000, got "2.5"'],
    [['--duration', ''], '--duration must be a number from 0.5 to 600, got ""'],
    [['--warmup=-1'], '--warmup must be a number from 0 to 600, got "-1"'],
    [['--only', 'nested,deep'], '--only: unknown "deep"; choose from by-id, nested, neighbourhood-2hop'],
    [['--only', ','], '--only: unknown empty list; choose from by-id, nested, neighbourhood-2hop'],
    [['--targets', 'ours,hasura'], '--targets: unknown "hasura"; choose from ours, floor, neo4j-graphql'],
  ])('refuses %j with one clear line', (argv, message) => {
    expect(() => parse(argv)).toThrow(new ArgsError(message));
  });

  it('refuses unknown options and stray words with the first line of node:util’s message', () => {
    for (const argv of [['--clients', '5'], ['100000'], ['--duration']]) {
      let error: unknown;
      try {
        parse(argv);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ArgsError);
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).toMatch(/--clients|100000|--duration/);
    }
  });
});
