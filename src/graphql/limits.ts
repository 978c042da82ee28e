import { GraphQLError, type ASTVisitor, type ValidationRule } from 'graphql';

/** What one request may ask of the server; every limit is configurable by environment (src/config/env.ts). */
export interface Limits {
  /** Deepest field nesting of an operation (introspection fields do not count). */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Directive uses in one document. */
  maxDirectives: number;
  /** Lexical tokens in one document, counted before parsing. */
  maxTokens: number;
  /** Estimated cost of an operation: objects it may return, list sizes multiplied by nesting. */
  maxCost: number;
  /** Largest request body express.json accepts, in bytes. */
  maxBodyBytes: number;
  /** Server-side timeout of every Neo4j transaction a request runs. */
  queryTimeoutMs: number;
  /** Wall-clock deadline of a whole request: its Neo4j work still outstanding then is stopped. */
  requestTimeoutMs: number;
  /** Largest response, counted as JSON text; a larger one is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** Operations of at least this estimated cost are costly: they run through the admission gate. */
  costlyOperationCost: number;
  /** Costly operations running at once; the rest wait. */
  costlyConcurrency: number;
  /** Costly operations that may wait for a turn; one more is refused (503 SERVER_BUSY). */
  costlyQueue: number;
  /** The longest a costly operation waits for a turn before it is refused. */
  costlyWaitMs: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxCost: 1_000_000,
  maxBodyBytes: 100_000,
  queryTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  maxResponseBytes: 10_000_000,
  costlyOperationCost: 250_000,
  costlyConcurrency: 1,
  costlyQueue: 16,
  costlyWaitMs: 10_000,
};

/** How a message words what a request reached, per limit. */
const REACHED = {
  depth: (n: number) => `nests fields ${n} deep`,
  aliases: (n: number) => `uses ${n} aliases`,
  directives: (n: number) => `uses ${n} directives`,
  tokens: (n: number) => `has ${n} tokens`,
  cost: (n: number) => `has an estimated cost of ${n}`,
};

export type LimitName = keyof typeof REACHED;

/**
 * A request over one of the limits. Its extensions name the limit, its maximum and the value
 * the request reached, so a client can tell what to shrink.
 */
export class LimitError extends GraphQLError {
  constructor(readonly limit: LimitName, readonly max: number, readonly value: number) {
    super(`The request ${REACHED[limit](value)}, above the ${limit} limit of ${max}.`, {
      // Apollo turns `http` into the response status and strips it from what the client sees.
      extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, value, http: { status: 400 } },
    });
  }
}

/**
 * Validation rules for the limits that count the document as written (depth and cost, which depend
 * on fragments, variables and @skip/@include, are measured by the operation's analysis).
 */
export function limitRules(limits: Pick<Limits, 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  const counted = (limit: 'aliases' | 'directives', max: number, visitor: (count: () => void) => ASTVisitor): ValidationRule => {
    return (context) => {
      let seen = 0;
      // A visitor function's return value would replace the node, so counting returns nothing.
      return {
        ...visitor(() => {
          seen++;
        }),
        Document: {
          leave() {
            if (seen > max) context.reportError(new LimitError(limit, max, seen));
          },
        },
      };
    };
  };
  const maxAliases = counted('aliases', limits.maxAliases, (count) => ({
    Field(node) {
      if (node.alias) count();
    },
  }));
  const maxDirectives = counted('directives', limits.maxDirectives, (count) => ({ Directive: () => count() }));
  return [maxAliases, maxDirectives];
}
