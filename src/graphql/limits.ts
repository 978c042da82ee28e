import { GraphQLError, type ASTVisitor, type ValidationRule } from 'graphql';
import type { Limits } from '../config/limits.js';

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
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    readonly value: number,
  ) {
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
