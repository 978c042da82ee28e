import { readSeeds } from '/work/wt-knowledge/src/seed/read.js';
import { validateSeeds } from '/work/wt-knowledge/src/seed/validate.js';
const v = validateSeeds(readSeeds('/work/wt-knowledge/seeds'));
if (!v.ok) { console.log(v.problems.slice(0,20)); process.exit(1); }
const { entities, relationships, facts } = v.seed;
const adj = new Map<string, Set<string>>(entities.map(e => [e.id, new Set()]));
for (const r of relationships) { adj.get(r.from)!.add(r.to); adj.get(r.to)!.add(r.from); }
const seen = new Set<string>(); const comps: string[][] = [];
for (const e of entities) { if (seen.has(e.id)) continue; const c: string[] = []; const st = [e.id]; seen.add(e.id);
  while (st.length) { const x = st.pop()!; c.push(x); for (const y of adj.get(x)!) if (!seen.has(y)) { seen.add(y); st.push(y); } } comps.push(c); }
comps.sort((a,b)=>b.length-a.length);
console.log('entities', entities.length, 'relationships', relationships.length, 'facts', facts.length, 'components', comps.length, 'isolated', comps.filter(c=>c.length===1).length);
for (const c of comps) console.log(c.length, c.sort().join(' '));
