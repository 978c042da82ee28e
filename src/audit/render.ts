import { AUDIT_CHECKS } from './findings.js';
import type { AuditReport } from './audit.js';

// The audit as text for people: components, then each check's open and accepted findings, then stale exceptions.

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function renderAudit(report: AuditReport): string {
  const lines = [
    `Components: ${report.components.length} (sizes ${report.components.map((c) => c.length).join(', ')})`,
    ...report.components.slice(1).map((members, i) => `  #${i + 2}: ${members.join(', ')}`),
  ];
  for (const check of AUDIT_CHECKS) {
    const open = report.open.filter((f) => f.check === check);
    const accepted = report.accepted.filter((f) => f.check === check);
    lines.push(`${check}: ${count(open.length, 'open finding')}, ${count(accepted.length, 'accepted exception')}`);
    for (const f of open) lines.push(`  OPEN ${f.item}${f.detail ? ` [${f.detail}]` : ''}: ${f.message}`);
  }
  for (const e of report.stale) {
    lines.push(`STALE exception in ${e.file}: ${e.check} ${e.item}${e.detail ? ` [${e.detail}]` : ''} no longer occurs; remove it`);
  }
  lines.push(report.passed ? 'Audit passed.' : 'Audit failed: fix the seeds, or list each finding under auditExceptions with a reason.');
  return lines.join('\n');
}
