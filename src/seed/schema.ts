import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/neo4j.js';

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher/schema.cypher');

/** The statements of a Cypher script: `//` comment lines dropped, split at `;` ending a line. */
function cypherStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Applies the constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applySchema(db: Database, file = SCHEMA_FILE): Promise<number> {
  const statements = cypherStatements(readFileSync(file, 'utf8'));
  // Schema changes cannot share a transaction with each other's data writes; one each.
  for (const statement of statements) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
  return statements.length;
}
