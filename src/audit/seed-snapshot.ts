import type { SeedSet } from '../seed/validate.js';
import type { AuditSnapshot } from './snapshot.js';

// The audit's view of a validated seed set, as the graph loaded from it would give it (src/data/health.ts
// reads the same from Neo4j): lets curators audit seed files before loading them.

export function seedSnapshot(seed: SeedSet): AuditSnapshot {
  return {
    entities: seed.entities.map((e) => ({
      id: e.id,
      kind: e.type,
      name: e.name,
      aliases: e.aliases,
      description: e.description ?? null,
      dates: [e.issuedOn, e.period?.start, e.period?.end, e.publishedOn].filter((d): d is string => d !== undefined),
    })),
    relationships: seed.relationships.map((r) => ({
      key: r.key,
      type: r.type,
      from: r.from,
      to: r.to,
      quotes: r.evidence.map((e) => e.quote),
    })),
    facts: seed.facts.map((f) => ({
      id: f.id,
      statement: f.statement,
      statedBy: f.statedBy ?? null,
      entities: [...new Set([...f.subjects.map((s) => s.entity), ...(f.statedBy ? [f.statedBy] : [])])],
      values: [f.value, f.valueText, f.period?.start, f.period?.end, f.period?.label].filter((v) => v !== undefined).map(String),
    })),
  };
}
