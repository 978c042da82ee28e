import { auditGraph } from './checks.js';
import { judge, type AuditException, type Verdict } from './exceptions.js';
import type { AuditSnapshot } from './snapshot.js';

// The knowledge audit end to end, without I/O: a snapshot of the graph and the exceptions the seeds accept.

export interface AuditReport extends Verdict {
  components: string[][];
  /** True when every finding is accepted with a reason and no exception is stale. */
  passed: boolean;
}

export function runAudit(snapshot: AuditSnapshot, exceptions: readonly AuditException[]): AuditReport {
  const { components, findings } = auditGraph(snapshot);
  const verdict = judge(findings, exceptions, components);
  return { components, ...verdict, passed: verdict.open.length === 0 && verdict.stale.length === 0 };
}
