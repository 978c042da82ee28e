import type { AuditException as ExceptionInSeeds } from '../seed/format.js';
import { findingKey, type Finding } from './findings.js';

// Findings the seed files accept, each with its reason; an exception for what no longer occurs is a finding itself.

/** An exception as the seed format has it, and the seed file that lists it. */
export type AuditException = ExceptionInSeeds & { file: string };

export interface Verdict {
  /** Findings no exception accepts. */
  open: Finding[];
  /** Findings an exception accepts, with its reason. */
  accepted: (Finding & { reason: string })[];
  /** Exceptions for findings that no longer occur. */
  stale: AuditException[];
}

/**
 * Holds the findings against the exceptions. An exception for an island names one of its members;
 * it accepts the island that member is in, whichever member the finding names.
 */
export function judge(findings: readonly Finding[], exceptions: readonly AuditException[], components: readonly string[][]): Verdict {
  const islandOf = new Map(components.flatMap((members) => members.map((id) => [id, members[0]!] as const)));
  const keyOf = (e: Pick<Finding, 'check' | 'item' | 'detail'>) =>
    findingKey(e.check === 'island' ? { ...e, item: islandOf.get(e.item) ?? e.item } : e);
  const byKey = new Map(exceptions.map((e) => [keyOf(e), e]));
  const used = new Set<AuditException>();
  const verdict: Verdict = { open: [], accepted: [], stale: [] };
  for (const f of findings) {
    const exception = byKey.get(keyOf(f));
    if (exception) {
      used.add(exception);
      verdict.accepted.push({ ...f, reason: exception.reason });
    } else verdict.open.push(f);
  }
  verdict.stale = exceptions.filter((e) => !used.has(e));
  return verdict;
}
