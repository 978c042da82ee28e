import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SeedSet } from '../../../src/seed/validate.js';

/**
 * Writes generated chunks as a raw seeds folder (documents.json, metrics.json, documents/*.txt, one graph file
 * per chunk), the layout `readSeeds` reads, so the project's own validator can check them.
 */
export function writeSeedsFolder(chunks: SeedSet[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scale-seeds-'));
  mkdirSync(path.join(dir, 'documents'));
  mkdirSync(path.join(dir, 'graph'));
  const documents = chunks.flatMap((c) => c.documents);
  for (const d of documents) writeFileSync(path.join(dir, 'documents', d.file), d.text);
  writeFileSync(path.join(dir, 'documents.json'), JSON.stringify(documents.map(({ text: _text, ...meta }) => meta)));
  const metrics = new Map(chunks.flatMap((c) => c.metrics).map((m) => [m.key, m]));
  writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify([...metrics.values()]));
  chunks.forEach((c, i) => {
    const file = {
      document: c.documents[0]!.id,
      entities: c.entities.map(({ files: _files, ...e }) => e),
      relationships: c.relationships.map(({ key: _key, ...r }) => r),
      facts: c.facts,
    };
    writeFileSync(path.join(dir, 'graph', `${String(i).padStart(3, '0')}-scale.json`), JSON.stringify(file));
  });
  return dir;
}
