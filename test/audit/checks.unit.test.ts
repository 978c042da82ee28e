import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/audit.js';
import { auditGraph, numbersIn } from '../../src/audit/checks.js';
import { connectedComponents } from '../../src/audit/components.js';
import { judge } from '../../src/audit/exceptions.js';
import { NameIndex } from '../../src/audit/names.js';
import { seedSnapshot } from '../../src/audit/seed-snapshot.js';
import type { AuditSnapshot } from '../../src/audit/snapshot.js';
import { readSeeds } from '../../src/seed/read.js';
import { validateSeeds } from '../../src/seed/validate.js';

const entity = (id: string, name: string, kind = 'Place', extra: Partial<AuditSnapshot['entities'][number]> = {}) => ({
  id,
  kind,
  name,
  aliases: [],
  description: null,
  dates: [],
  ...extra,
});

// A small graph with one finding of each check.
const snapshot: AuditSnapshot = {
  entities: [
    entity('place:hangzhou', 'Hangzhou'),
    entity('org:bureau', 'Hangzhou Bureau of Commerce', 'Organization'),
    entity('platform:taobao', 'Taobao', 'Platform'),
    entity('place:wuhan', 'Wuhan'),
    entity('place:hubei', 'Hubei'),
    entity('event:fair', 'Spring Fair', 'Event', { description: 'A fair held on May 10, 2020 with 300 stalls.', dates: ['2020-05-10'] }),
  ],
  relationships: [
    {
      key: 'LOCATED_IN|org:bureau|place:hangzhou|',
      type: 'LOCATED_IN',
      from: 'org:bureau',
      to: 'place:hangzhou',
      quotes: ['the Hangzhou Bureau of Commerce'],
    },
    {
      key: 'LOCATED_IN|place:wuhan|place:hubei|',
      type: 'LOCATED_IN',
      from: 'place:wuhan',
      to: 'place:hubei',
      quotes: ['the city of Wuhan'],
    },
  ],
  facts: [{ id: 'fact:taobao', statement: 'Hangzhou leads Taobao in anchors.', entities: ['place:hangzhou'], statedBy: null, values: [] }],
};

describe('the audit checks', () => {
  const { components, findings } = auditGraph(snapshot);

  it('finds connected components, largest first, and reports the others as islands or isolated entities', () => {
    expect(components).toEqual([['org:bureau', 'place:hangzhou'], ['place:hubei', 'place:wuhan'], ['event:fair'], ['platform:taobao']]);
    expect(findings.filter((f) => f.check === 'island').map((f) => f.item)).toEqual(['place:hubei']);
    expect(findings.filter((f) => f.check === 'isolated').map((f) => f.item)).toEqual(['event:fair', 'platform:taobao']);
  });

  it('finds entities a statement names beside another kind that no relationship links to them', () => {
    const unlinked = findings.filter((f) => f.check === 'unlinkedStatement');
    expect(unlinked.map((f) => [f.item, f.detail])).toEqual([
      ['fact:taobao', 'place:hangzhou'],
      ['fact:taobao', 'platform:taobao'],
    ]);
  });

  it('finds numbers of a description that no date property or fact holds, and not those a date holds', () => {
    expect(findings.filter((f) => f.check === 'unheldNumber').map((f) => f.detail)).toEqual(['300']);
  });

  it('finds relationships no quote of which names an end, a name inside a longer name counting', () => {
    expect(findings.filter((f) => f.check === 'oneSidedEvidence').map((f) => f.item)).toEqual(['LOCATED_IN|place:wuhan|place:hubei|']);
  });

  it('accepts excepted findings, names stale exceptions, and accepts an island by any of its members', () => {
    const file = 'seeds/graph/x.json';
    const verdict = judge(
      findings,
      [
        { check: 'island', item: 'place:wuhan', reason: 'not placed in a country', file },
        { check: 'isolated', item: 'place:hangzhou', reason: 'no longer isolated at all', file },
      ],
      components,
    );
    expect(verdict.accepted.map((f) => f.item)).toEqual(['place:hubei']);
    expect(verdict.stale.map((e) => e.item)).toEqual(['place:hangzhou']);
    expect(verdict.open).toHaveLength(findings.length - 1);
  });
});

describe('names and numbers', () => {
  const names = new NameIndex([
    entity('place:china', 'China'),
    entity('org:cdi', 'China Development Institute', 'Organization'),
    entity('occupation:anchor', 'anchor', 'Occupation'),
  ]);

  it('tells a name inside a longer name from a name given outright, and allows plurals', () => {
    expect([...names.named('the China Development Institute')].sort()).toEqual(['org:cdi', 'place:china']);
    expect([...names.namedOutright('the China Development Institute')]).toEqual(['org:cdi']);
    expect([...names.named('Anchors in China')].sort()).toEqual(['occupation:anchor', 'place:china']);
    expect([...names.named('anchorage')]).toEqual([]);
  });

  it('reads numbers with thousands separators and decimals', () => {
    expect(numbersIn('1,000 brands, 2.2 trillion yuan and 19 students')).toEqual(['1000', '2.2', '19']);
  });

  it('sorts components by size and ignores relationships to unknown ids', () => {
    expect(
      connectedComponents(
        ['a', 'b', 'c'],
        [
          { from: 'c', to: 'b' },
          { from: 'a', to: 'zzz' },
        ],
      ),
    ).toEqual([['b', 'c'], ['a']]);
  });
});

describe('the seed files', () => {
  it('pass the audit with every finding accepted with a reason, and no stale exception', () => {
    const v = validateSeeds(readSeeds());
    if (!v.ok) throw new Error('seeds invalid');
    const report = runAudit(seedSnapshot(v.seed), v.auditExceptions);
    expect(report.open).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.accepted.length).toBe(v.auditExceptions.length);
  });
});
