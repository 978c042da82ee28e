import { readFile } from 'node:fs/promises';
import { DatabaseError } from '../db/neo4j.js';
import { HeaderError, parseQueryFile, undeclaredParameters, type QueryFile } from './header.js';
import { coerceParams } from './params.js';

// What the CLI does between reading the arguments and talking to the database, kept pure
// (but for reading the file) so that the tests run library queries exactly as the CLI would.

export interface PreparedQuery {
  query: QueryFile;
  params: Record<string, unknown>;
}

/** Parses a query file's header and coerces the given values to the parameters it declares. */
export function prepareQuery(text: string, given: Record<string, string>): PreparedQuery {
  const query = parseQueryFile(text);
  const undeclared = undeclaredParameters(query);
  if (undeclared.length) {
    throw new HeaderError(`the query uses ${undeclared.map((n) => `$${n}`).join(', ')} without a '// Param:' line declaring it`);
  }
  return { query, params: coerceParams(query.params, given) };
}

/** A query file's text, failing with a message that names the file. */
export async function readQueryFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new Error(`cannot read query file '${file}': ${why}`, { cause: err });
  }
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

/**
 * Any failure as one line for an analyst. Database errors keep the server's own first line
 * (e.g. "Variable `x` not defined (line 3, column 8 (offset: 40))"), which says what to fix.
 */
export function errorLine(err: unknown): string {
  if (err instanceof DatabaseError && err.cause instanceof Error) return `${err.message}: ${firstLine(err.cause.message)}`;
  if (err instanceof Error) return err.message.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return String(err);
}
