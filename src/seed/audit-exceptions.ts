import { findingKey } from '../audit/findings.js';
import type { AuditException as SeedAuditException } from '../audit/exceptions.js';
import type { AuditException } from './format.js';

// The references of the audit exceptions the seed files list: each must name what its check is about.

/** What an exception's item and detail may refer to. */
export interface ExceptionTargets {
  isEntity(id: string): boolean;
  isFact(id: string): boolean;
  isRelationship(key: string): boolean;
}

/** What is wrong with an exception's references, in the validator's words; none when it is sound. */
export function exceptionProblems(e: AuditException, targets: ExceptionTargets): string[] {
  switch (e.check) {
    case 'isolated':
    case 'island':
      return targets.isEntity(e.item) ? [] : [`item: unknown entity ${e.item}`];
    case 'unheldNumber':
      return [
        ...(targets.isEntity(e.item) ? [] : [`item: unknown entity ${e.item}`]),
        ...(e.detail === undefined ? ['detail: an unheld number needs the number as its detail'] : []),
      ];
    case 'unlinkedStatement':
      return [
        ...(targets.isFact(e.item) ? [] : [`item: unknown fact ${e.item}`]),
        ...(e.detail !== undefined && targets.isEntity(e.detail)
          ? []
          : [`detail: must name the entity the statement leaves unlinked, not ${JSON.stringify(e.detail)}`]),
      ];
    case 'oneSidedEvidence':
      return targets.isRelationship(e.item) ? [] : [`item: unknown relationship ${e.item} (write it TYPE|from|to|role)`];
  }
}

/** Each finding may be excepted once: the key of every exception after the first for the same finding. */
export function duplicateExceptions<T extends SeedAuditException>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = findingKey(e);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
}
