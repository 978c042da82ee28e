import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PARTIAL_DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !PARTIAL_DATE.test(value)) {
    throw new GraphQLError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A date with the precision the source gives: 2020, 2020-03 or 2020-03-24. */
export const PartialDateResolver = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  serialize: (value) => parse(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * A `Date` argument as the graph stores dates, YYYY-MM-DD (graphql-scalars parses one to midnight
 * UTC, so the UTC day is the day written); undefined when the argument is absent.
 */
export function isoDay(date: Date | null | undefined): string | undefined {
  return date ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * A scalar's behaviour (serialize, parse) alone, as its resolver: graphql-tools copies every property of a
 * scalar resolver onto the SDL's type, so passing graphql-scalars' whole type would serve its description
 * and drop the SDL's `@specifiedBy` URL. The SDL stays the contract; a test compares introspection with it.
 */
export function behaviourOf(scalar: GraphQLScalarType): GraphQLScalarType {
  const { serialize, parseValue, parseLiteral } = scalar.toConfig();
  // The generated resolver types want a GraphQLScalarType; graphql-tools reads any object with these methods.
  return { serialize, parseValue, parseLiteral } as unknown as GraphQLScalarType;
}
