import { afterAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../src/curation/token.js';
import { Database } from '../../src/db/neo4j.js';
import { startServer, waitForStatus, type ServerProcess } from './main-process.js';

// Curator writes cut by a crash of the embedded Neo4j: the client must see a failure, never a
// success that did not last; and once the supervisor has Neo4j back, sending the same write
// again must converge (writes are idempotent by id): the item once, as sent, audited once.

const SECRET = 'crash-retry-test-secret-of-32-characters-or-more';
let server: ServerProcess | undefined;
let direct: Database | undefined;
afterAll(async () => {
  await direct?.close();
  await server?.stop();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ADD_DOCUMENT = `mutation($input: AddDocumentInput!) { addDocument(input: $input) { changed document { id } } }`;
// Long texts, so that each write takes a while on the wire and in the transaction.
const SENTENCE = 'The live-streaming base in Hangzhou trained anchors for the platforms this year. ';
const documentInput = (n: number) => ({
  id: `doc:crash-retry-${n}`,
  title: `Crash and retry, article ${n}`,
  publisher: 'Test Daily',
  language: 'en',
  text: `Article ${n}. ${SENTENCE.repeat(3_500)}`,
});
type DocumentInput = ReturnType<typeof documentInput>;

interface Outcome {
  changed?: boolean;
  /** The error code of a GraphQL error, or the message of a request that got no answer. */
  failure?: string;
}

async function addDocument(url: string, token: string, input: DocumentInput): Promise<Outcome> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ADD_DOCUMENT, variables: { input } }),
    });
    const body = (await res.json()) as {
      data?: { addDocument: { changed: boolean } | null } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.errors || !body.data?.addDocument) return { failure: String(body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`) };
    return { changed: body.data.addDocument.changed };
  } catch (err) {
    return { failure: `network: ${(err as Error).message}` };
  }
}

/** The stored copies of a document, and its audit records. */
async function stored(db: Database, id: string) {
  const [row] = await db.read(
    `CALL () { MATCH (d:Document {id: $id}) RETURN collect(d {.id, .title, .publisher, .language, .text}) AS copies }
     CALL () { MATCH (c:Change {targetId: $id}) RETURN count(c) AS changes }
     RETURN copies, changes`,
    { id },
  );
  return { copies: row!.copies as Record<string, unknown>[], changes: Number(row!.changes) };
}

describe('a curator write cut by a crash of the embedded Neo4j', () => {
  it('fails for the client, and the same write sent again after recovery converges: once, as sent, audited once', async () => {
    server = await startServer('crash-retry', {
      CURATOR_JWT_SECRET: SECRET,
      HTTP_MAX_BODY_BYTES: '1000000',
      NEO4J_RESTART_BACKOFF_MS: '200',
    });
    const { url } = server;
    const { pid, uri } = await server.jvm(0, 10_000);
    const token = await mintToken({ secret: SECRET, issuer: undefined, audience: undefined }, 'crash-tester', 'curator', '1h');
    direct = new Database({ uri, username: 'neo4j', password: '', database: undefined });

    // Four curators write new documents one after another until the JVM is killed.
    const attempts: { input: DocumentInput; first: Outcome }[] = [];
    let next = 0;
    let killed = false;
    const curators = Array.from({ length: 4 }, async () => {
      while (!killed) {
        const input = documentInput(next++);
        attempts.push({ input, first: await addDocument(url, token, input) });
      }
    });
    // Kill while a write transaction is open in Neo4j, after some writes have committed.
    for (let waited = 0; attempts.filter((a) => a.first.changed).length < 4 && waited < 60_000; waited += 100) await pause(100);
    const inFlight = `SHOW TRANSACTIONS YIELD metaData WHERE metaData.field = 'addDocument' RETURN count(*) AS n`;
    const deadline = Date.now() + 30_000;
    while (Number((await direct.read(inFlight))[0]!.n) === 0 && Date.now() < deadline);
    process.kill(pid, 'SIGKILL');
    killed = true;
    await Promise.all(curators);
    await server.waitForLog((l) => l.msg === 'Neo4j restarted', 150_000);
    await waitForStatus(`${url}/health/ready`, 200, 60_000);
    // A fresh JVM plans its first statements cold, which on a busy machine can outlast the query
    // timeout: one write of another document first, resent while it times out, warms it up.
    const warmUp = { ...documentInput(0), id: 'doc:crash-retry-warm-up' };
    for (let sent = 0; (await addDocument(url, token, warmUp)).failure === 'TIMEOUT' && sent < 10; sent++);

    const failures = attempts.filter((a) => a.first.failure !== undefined);
    const kinds = [...new Set(failures.map((a) => a.first.failure))];
    let committedThoughFailed = 0;
    for (const { input, first } of attempts) {
      const was = await stored(direct, input.id);
      // A success lasts: what a client was told is written survives the crash.
      if (first.failure === undefined) expect(was.copies, input.id).toHaveLength(1);
      if (first.failure !== undefined && was.copies.length > 0) committedThoughFailed++;
      const retry = await addDocument(url, token, input);
      expect(retry.failure, input.id).toBeUndefined();
      // Already there (committed before the crash): nothing to change; otherwise written now.
      expect(retry.changed, input.id).toBe(was.copies.length === 0);
      const now = await stored(direct, input.id);
      expect(now.copies, input.id).toEqual([
        { id: input.id, title: input.title, publisher: input.publisher, language: input.language, text: input.text },
      ]);
      expect(now.changes, input.id).toBe(1);
    }
    console.log(
      `crash mid-write: ${attempts.length} writes, ${failures.length} failed (${kinds.join(', ')}), ${committedThoughFailed} of them committed all the same; all converged on retry`,
    );
    expect(failures.length).toBeGreaterThan(0);
    expect(attempts.length - failures.length).toBeGreaterThan(0);
    // What a client sees when its write is cut: an UNAVAILABLE error (the API outlives the JVM), never a success.
    expect(kinds).toEqual(['UNAVAILABLE']);
  });
});
