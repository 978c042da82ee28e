import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/seed/read.js';

// The articles are the ground truth: the project's copies must stay byte-identical to the shared originals.
const SHARED = path.resolve(SEEDS_DIR, '../../shared/seeds/documents');
const OURS = path.join(SEEDS_DIR, 'documents');

describe('seeds/documents', () => {
  it.runIf(existsSync(SHARED))('is byte-identical to ../shared/seeds/documents, file for file', () => {
    const shared = readdirSync(SHARED).sort();
    expect(readdirSync(OURS).sort()).toEqual(shared);
    for (const file of shared) {
      expect(readFileSync(path.join(OURS, file)).equals(readFileSync(path.join(SHARED, file))), file).toBe(true);
    }
  });

  it('has metadata for each article, whose sha256 pins its bytes', () => {
    const meta = JSON.parse(readFileSync(path.join(SEEDS_DIR, 'documents.json'), 'utf8')) as { file: string; sha256: string }[];
    expect(meta.map((m) => m.file).sort()).toEqual(readdirSync(OURS).sort());
    expect(new Set(meta.map((m) => m.sha256)).size).toBe(meta.length);
  });
});
