import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

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
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxCost: 250_000,
  maxBodyBytes: 100_000,
  queryTimeoutMs: 10_000,
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

/** Fields nested inside the selection, following fragments; introspection (`__…`) fields are skipped. */
function depthOf(context: ValidationContext, node: { readonly selectionSet?: SelectionSetNode }, seen: ReadonlySet<string>): number {
  let deepest = 0;
  for (const selection of node.selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + depthOf(context, selection, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(context, selection, seen));
    } else {
      const name = selection.name.value;
      // A fragment spread again on its own path is a cycle, which validation reports by itself.
      const fragment = seen.has(name) ? undefined : context.getFragment(name);
      if (fragment) deepest = Math.max(deepest, depthOf(context, fragment, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Validation rules for the limits that depend only on the document (not on variables). */
export function limitRules(limits: Pick<Limits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  const maxDepth: ValidationRule = (context): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = depthOf(context, operation, new Set());
      if (depth > limits.maxDepth) context.reportError(new LimitError('depth', limits.maxDepth, depth));
    },
  });
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
  return [maxDepth, maxAliases, maxDirectives];
}
