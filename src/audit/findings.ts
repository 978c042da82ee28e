// What the knowledge audit reports: the checks, and one finding of one check.

/** The checks, in the order the report lists them (seeds/README.md, Knowledge audit). */
export const AUDIT_CHECKS = ['isolated', 'island', 'unlinkedStatement', 'unheldNumber', 'oneSidedEvidence'] as const;
export type AuditCheck = (typeof AUDIT_CHECKS)[number];

/**
 * One thing the audit found. `item` is what it is about (an entity id for `isolated`, `island`
 * and `unheldNumber`, a fact id for `unlinkedStatement`, a relationship key `TYPE|from|to|role` for
 * `oneSidedEvidence`); `detail` tells findings about one item apart (the number; for a statement, the entity it leaves unlinked).
 */
export interface Finding {
  check: AuditCheck;
  item: string;
  detail?: string;
  /** The finding in words, for people. */
  message: string;
}

/** A finding's identity, which an exception in the seed files names. */
export const findingKey = (f: Pick<Finding, 'check' | 'item' | 'detail'>) => [f.check, f.item, f.detail ?? ''].join(' ');

/** A pair of entities, in either order: the key of the relationships that link them directly. */
export const pairDetail = (a: string, b: string) => [a, b].sort().join(' + ');
