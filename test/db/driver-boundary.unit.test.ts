import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('the database boundary', () => {
  it('has exactly one module that imports neo4j-driver', () => {
    const importers = sources('src').filter((f) => /from ['"]neo4j-driver['"]/.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual([path.join('src', 'db', 'neo4j.ts')]);
  });
});
