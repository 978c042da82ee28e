import { GraphQLError } from 'graphql';

/** A client error that names the argument at fault: BAD_USER_INPUT, never a 500. */
export function badInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`Argument ${argument}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** Checks an integer argument's range. */
export function inRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(argument, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

const ID = /^(place|person|org|platform|base|occupation|policy|event|report|fact|doc):[a-z0-9]+(?:-[a-z0-9]+)*$|^ev:[a-z0-9-]+:\d+-\d+$/;

/** True when `value` has the form of a graph id (prefix:slug). */
export const isGraphId = (value: string): boolean => ID.test(value);

/** Checks that an id argument has the form of a graph id (prefix:slug), so typos fail loudly. */
export function graphId(argument: string, value: string): string {
  if (!isGraphId(value))
    throw badInput(argument, `${JSON.stringify(value.slice(0, 80))} is not a graph id (expected e.g. place:guangzhou)`);
  return value;
}

export function optionalGraphId(argument: string, value: string | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : graphId(argument, value);
}

/** A non-empty text argument of bounded length. */
export function text(argument: string, value: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(argument, 'must not be empty');
  if (trimmed.length > max) throw badInput(argument, `must be at most ${max} characters`);
  return trimmed;
}
