import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

/** A seed file as read from disk, before validation. */
export interface RawFile {
  /** Path relative to the seeds folder's parent, as shown in error messages. */
  name: string;
  json: unknown;
}

export interface RawSeeds {
  documentsFile: RawFile;
  /** The metric catalogue; absent (json undefined, no problem) when the folder has none, which is an empty catalogue. */
  metricsFile: RawFile;
  graphFiles: RawFile[];
  /** Article texts by file name in seeds/documents/. */
  texts: Map<string, string>;
  /** Problems met while reading: unreadable or unparsable files. */
  readProblems: { file: string; problem: string }[];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function readJson(file: string, label: string, problems: RawSeeds['readProblems']): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push({ file: label, problem: `cannot be read as JSON: ${(err as Error).message}` });
    return undefined;
  }
}

/** Reads documents.json, metrics.json (when there), documents/*.txt and graph/*.json from a seeds folder. */
export function readSeeds(dir = SEEDS_DIR): RawSeeds {
  const readProblems: RawSeeds['readProblems'] = [];
  const label = (...parts: string[]) => path.join(path.basename(dir), ...parts);
  const docsDir = path.join(dir, 'documents');
  const graphDir = path.join(dir, 'graph');
  const texts = new Map<string, string>();
  if (existsSync(docsDir)) {
    for (const f of readdirSync(docsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      texts.set(f, readFileSync(path.join(docsDir, f), 'utf8'));
    }
  } else readProblems.push({ file: label('documents'), problem: 'folder is missing' });
  const graphFiles = existsSync(graphDir)
    ? readdirSync(graphDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({ name: label('graph', f), json: readJson(path.join(graphDir, f), label('graph', f), readProblems) }))
    : [];
  if (graphFiles.length === 0) readProblems.push({ file: label('graph'), problem: 'holds no .json graph files' });
  const documentsFile = {
    name: label('documents.json'),
    json: readJson(path.join(dir, 'documents.json'), label('documents.json'), readProblems),
  };
  const metricsPath = path.join(dir, 'metrics.json');
  const metricsFile = {
    name: label('metrics.json'),
    json: existsSync(metricsPath) ? readJson(metricsPath, label('metrics.json'), readProblems) : undefined,
  };
  return { documentsFile, metricsFile, graphFiles, texts, readProblems };
}
