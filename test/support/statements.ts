import type { ListStatement } from '../../src/data/list-statements.js';
import type { Database, Params, QueryOptions, Row } from '../../src/db/neo4j.js';

// Cypher statements without a database, for unit tests: a stand-in that records what it is sent,
// and statement text laid out for snapshots.

/** One statement a fake database was sent. */
export interface Sent {
  cypher: string;
  params: Params;
  opts: QueryOptions | undefined;
}

/**
 * A stand-in for Database in unit tests: records each read and answers it with `answer`'s rows, so
 * code that builds statements can be checked on what it sends and how it reads the answer, without Neo4j.
 */
export function fakeDatabase(answer: (cypher: string, params: Params) => Row[] = () => []): { db: Database; sent: Sent[] } {
  const sent: Sent[] = [];
  const read = async (cypher: string, params: Params = {}, opts?: QueryOptions): Promise<Row[]> => {
    sent.push({ cypher, params, opts });
    return answer(cypher, params);
  };
  // The data layer's readers use only `read`; calling anything else fails as "not a function".
  return { db: { read } as unknown as Database, sent };
}

/** Statement text with each line trimmed and blank lines dropped, for snapshots that ignore indentation. */
export const tidy = (cypher: string): string =>
  cypher
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

/** A list's statements as one text for a snapshot: the page, how a row is returned, the count, the parameters. */
export function showList(list: ListStatement): string {
  return [`PAGE\n${tidy(list.page)}`, `ROW ${list.row}`, `COUNT ${tidy(list.count)}`, `PARAMS ${JSON.stringify(list.params)}`].join('\n');
}
