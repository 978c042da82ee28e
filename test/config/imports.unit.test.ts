import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Config sits at the bottom of the import graph: the layers it configures import their settings
// from it, so that a CLI or a test can load the configuration without pulling in the server.

const SRC = 'src';

/** Every .ts file under `dir`, as a path from the repository root. */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** What a file imports, re-exports or loads dynamically, as written. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The top folder under src/ a file lies in ('.' for src/main.ts and its neighbours). */
function folderOf(file: string): string {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep);
  return rest.length > 0 ? first! : '.';
}

/** The folders under src/ that `file` imports from, itself included when it imports its neighbours. */
function importedFolders(file: string): string[] {
  return specifiers(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => folderOf(path.join(path.dirname(file), s)));
}

describe('src/config', () => {
  it('imports neither the layers it configures nor the graphql package', () => {
    const layers = new Set(['graphql', 'http', 'curation', 'data', 'seed', 'db']);
    const offending = sources(path.join(SRC, 'config')).flatMap((file) => [
      ...importedFolders(file)
        .filter((f) => layers.has(f))
        .map((f) => `${file} imports from src/${f}`),
      ...specifiers(file)
        .filter((s) => s === 'graphql' || s.startsWith('graphql/'))
        .map((s) => `${file} imports ${s}`),
    ]);
    expect(offending).toEqual([]);
  });

  it('is in no folder cycle: nothing it reaches imports it back (the token CLI in src/curation made config↔curation one)', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sources(SRC)) {
      const from = folderOf(file);
      const to = edges.get(from) ?? new Set<string>();
      for (const folder of importedFolders(file)) if (folder !== from) to.add(folder);
      edges.set(from, to);
    }
    const reachable = (start: string): Set<string> => {
      const seen = new Set<string>();
      const stack = [...(edges.get(start) ?? [])];
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(edges.get(next) ?? []));
      }
      return seen;
    };
    const back = [...reachable('config')].filter((folder) => reachable(folder).has('config'));
    expect(back).toEqual([]);
  });
});
