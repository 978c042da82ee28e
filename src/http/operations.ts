import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OPERATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../operations');

export interface ExampleOperation {
  file: string;
  query: string;
}

/** The example operations in `operations/*.graphql`, in file order: GraphiQL's first tabs. */
export function loadOperations(dir = OPERATIONS_DIR): ExampleOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, query: readFileSync(path.join(dir, file), 'utf8') }));
}
