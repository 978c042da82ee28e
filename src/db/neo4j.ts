// The only module that imports neo4j-driver: connections, transactions, error and value mapping.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type ProfiledPlan } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Connection {
  uri: string;
  username: string;
  password: string;
  /** The database name; the server's default database when undefined. */
  database: string | undefined;
}

export interface QueryOptions {
  /** Shown in `SHOW TRANSACTIONS` and the query log, e.g. the request id and operation name. */
  metadata?: Record<string, string>;
  /** Server-side transaction timeout. */
  timeoutMs?: number;
  /** The causal chain the transaction belongs to: it sees every write the chain's bookmarks name, and a write moves them on. */
  bookmarks?: Bookmarks;
}

/**
 * Bookmarks of one causal chain (say, an HTTP request and the write its client made before it). A
 * transaction begun with them runs, on any cluster member, only once that member has applied the
 * transactions they name; each committed write replaces them with its own, which names everything before it.
 */
export class Bookmarks {
  private current: string[];
  private wrote = false;
  constructor(initial: readonly string[] = []) {
    this.current = [...initial];
  }
  get values(): readonly string[] {
    return this.current;
  }
  /** True once a write of this chain has committed: `values` then name it. */
  get advanced(): boolean {
    return this.wrote;
  }
  advance(bookmarks: string[]): void {
    if (bookmarks.length === 0) return;
    this.current = bookmarks;
    this.wrote = true;
  }
}

export interface ProfiledOperator {
  operator: string;
  dbHits: number;
  rows: number;
  depth: number;
}

/** A statement's executed plan: db hits summed over its operators, and the rows it returned. */
export interface Profile {
  dbHits: number;
  rows: number;
  operators: ProfiledOperator[];
}

/** A transaction in which several statements commit or roll back together. */
export interface Transaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** One transaction as seen from here: its access mode, how long it took (acquiring a connection included), whether it failed. */
export interface TransactionTiming {
  mode: 'READ' | 'WRITE';
  seconds: number;
  failed: boolean;
}

/** Connections of the driver's pool, summed over the servers it talks to. */
export interface PoolStats {
  inUse: number;
  idle: number;
}

export type DatabaseErrorKind = 'unavailable' | 'timeout' | 'bookmark' | 'client' | 'internal';

/** A database failure reduced to what callers act on; the driver's text stays in `cause`. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    readonly kind: DatabaseErrorKind,
    message: string,
    readonly neo4jCode: string | undefined,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

function classify(err: unknown): DatabaseError {
  if (err instanceof DatabaseError) return err;
  const code = err instanceof Neo4jError ? err.code : undefined;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code?.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new DatabaseError('unavailable', 'The graph database is unavailable', code, { cause: err });
  }
  // A transaction stopped while it waited for a lock says so with its own codes; only its timeout stops one here.
  if (
    code?.includes('TransactionTimedOut') ||
    code?.endsWith('.Transaction.LockClientStopped') ||
    code?.endsWith('.Transaction.Terminated')
  ) {
    return new DatabaseError('timeout', 'The graph database query took too long', code, { cause: err });
  }
  // The caller's bookmark, not our query: one this database cannot read, or of another database.
  if (code?.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
    return new DatabaseError('bookmark', 'The bookmark is not one of this database', code, { cause: err });
  }
  if (code?.startsWith('Neo.ClientError.')) {
    return new DatabaseError('client', 'The graph database rejected the query', code, { cause: err });
  }
  return new DatabaseError('internal', 'The graph database failed', code, { cause: err });
}

/** Neo4j values (nodes, temporals, integers) to plain JSON-ready JavaScript values. */
function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: skip the driver's type checks for them (they are costly).
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  // A loop into an object literal: Object.fromEntries builds slow dictionary-mode objects, costly to read and copy later.
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) plain[key] = toPlain((value as Record<string, unknown>)[key]);
  return plain;
}

/**
 * JavaScript has one number type, and the driver sends it as a float, which LIMIT, SKIP and
 * range() refuse. Reads send whole numbers as integers; Cypher compares the two numerically.
 * Writes keep floats, so stored property types never depend on a value happening to be whole.
 */
function integersForReads(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integersForReads);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integersForReads(v)]));
  }
  return value;
}

async function runIn(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** Connection pool and transaction functions over one Neo4j database. */
export class Database {
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly listeners = new Set<(cypher: string, params: Params) => void>();
  private readonly timers = new Set<(timing: TransactionTiming) => void>();

  constructor(conn: Connection) {
    this.database = conn.database;
    this.driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
      disableLosslessIntegers: true,
      // Fail fast while the database is down instead of queueing requests behind long retries.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: 1_000,
      maxConnectionPoolSize: 50,
      userAgent: 'livegraph',
    });
  }

  /** Calls `listener` with the text and parameters of every statement sent; returns an unsubscribe function. */
  onQuery(listener: (cypher: string, params: Params) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(cypher: string, params: Params): void {
    for (const l of this.listeners) l(cypher, params);
  }

  /** Calls `listener` once each transaction ends, with its duration; returns an unsubscribe function. */
  onTransaction(listener: (timing: TransactionTiming) => void): () => void {
    this.timers.add(listener);
    return () => this.timers.delete(listener);
  }

  /** Runs `work` as one timed transaction, reporting to the onTransaction listeners. */
  private async timed<T>(mode: 'READ' | 'WRITE', work: () => Promise<T>): Promise<T> {
    if (this.timers.size === 0) return work();
    const started = performance.now();
    let failed = true;
    try {
      const result = await work();
      failed = false;
      return result;
    } finally {
      const timing = { mode, seconds: (performance.now() - started) / 1000, failed };
      for (const t of this.timers) t(timing);
    }
  }

  /**
   * Connections in use and idle in the driver's pool. The driver has no public API for it, so this
   * reads its internals (neo4j-driver 6: the connection provider's pool); undefined when their shape
   * differs, as after an upgrade that changed them (a test notices).
   */
  poolStats(): PoolStats | undefined {
    const provider = (this.driver as unknown as { _connectionProvider?: { _connectionPool?: unknown } | null })._connectionProvider;
    // The provider is made on the first session: no pool yet.
    if (provider === null) return { inUse: 0, idle: 0 };
    const pool = provider?._connectionPool as {
      _activeResourceCounts?: Record<string, number>;
      _pools?: Record<string, { length: number }>;
    };
    if (!pool?._activeResourceCounts || !pool._pools) return undefined;
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      inUse: sum(Object.values(pool._activeResourceCounts)),
      idle: sum(Object.values(pool._pools).map((p) => p.length)),
    };
  }

  /**
   * One statement in a read transaction (access mode READ: routed to a reader in a cluster, and
   * refused by the server if it would write). An auto-commit transaction: a transaction function
   * costs one more network round trip (its COMMIT), paid by every one of a request's small reads.
   * Not retried: a request answers a failed read with an error at once.
   */
  async read(cypher: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    return this.autoCommitIn('READ', cypher, integersForReads(params) as Params, opts);
  }

  /** One statement in a write transaction. */
  async write(cypher: string, params: Params = {}, opts: QueryOptions = {}): Promise<Row[]> {
    return this.transaction('WRITE', opts, (tx) => tx.run(cypher, params));
  }

  /** Several statements in one write transaction: all commit or none does. */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>, opts: QueryOptions = {}): Promise<T> {
    return this.transaction('WRITE', opts, work);
  }

  /** Several statements in one read transaction, seeing one consistent snapshot. */
  async readTransaction<T>(work: (tx: Transaction) => Promise<T>, opts: QueryOptions = {}): Promise<T> {
    return this.transaction('READ', opts, work);
  }

  /** A session routed by access mode (READ: a follower or read replica in a cluster), waiting for the chain's bookmarks if any. */
  private session(mode: 'READ' | 'WRITE', opts: QueryOptions) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarks: opts.bookmarks ? [...opts.bookmarks.values] : undefined,
    });
  }

  private transaction<T>(mode: 'READ' | 'WRITE', opts: QueryOptions, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.timed(mode, () => this.transactionUntimed(mode, opts, work));
  }

  private async transactionUntimed<T>(mode: 'READ' | 'WRITE', opts: QueryOptions, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.session(mode, opts);
    const config = { metadata: opts.metadata, timeout: opts.timeoutMs };
    const wrap = (tx: ManagedTransaction): Transaction => ({
      run: (cypher, params = {}) => {
        this.notify(cypher, params);
        return runIn(tx, cypher, mode === 'READ' ? (integersForReads(params) as Params) : params);
      },
    });
    try {
      if (mode === 'READ') return await session.executeRead((tx) => work(wrap(tx)), config);
      const result = await session.executeWrite((tx) => work(wrap(tx)), config);
      opts.bookmarks?.advance(session.lastBookmarks());
      return result;
    } catch (err) {
      throw classify(err);
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in an auto-commit transaction, for the few statements that manage their
   * own transactions (CALL … IN TRANSACTIONS). Not retried.
   */
  async autoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.autoCommitIn('WRITE', cypher, params, {});
  }

  private autoCommitIn(mode: 'READ' | 'WRITE', cypher: string, params: Params, opts: QueryOptions): Promise<Row[]> {
    return this.timed(mode, () => this.autoCommitUntimed(mode, cypher, params, opts));
  }

  private async autoCommitUntimed(mode: 'READ' | 'WRITE', cypher: string, params: Params, opts: QueryOptions): Promise<Row[]> {
    const session = this.session(mode, opts);
    try {
      this.notify(cypher, params);
      const result = await session.run(cypher, params, { metadata: opts.metadata, timeout: opts.timeoutMs });
      const rows = result.records.map((r) => toPlain(r.toObject()) as Row);
      if (mode === 'WRITE') opts.bookmarks?.advance(session.lastBookmarks());
      return rows;
    } catch (err) {
      throw classify(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs the statement with PROFILE in a read transaction, for the benchmark: the plan Neo4j
   * executed, with db hits and rows per operator (pre-order, `depth` from the root) and in total.
   */
  async profile(cypher: string, params: Params = {}, opts: QueryOptions = {}): Promise<Profile> {
    try {
      const { records, summary } = await this.driver.executeQuery(`PROFILE ${cypher}`, integersForReads(params) as Params, {
        database: this.database,
        routing: neo4j.routing.READ,
        transactionConfig: { metadata: opts.metadata, timeout: opts.timeoutMs },
      });
      const operators: ProfiledOperator[] = [];
      const walk = (plan: ProfiledPlan, depth: number) => {
        // operatorType reads like `NodeIndexSeek@neo4j`: the database name is the same for every operator.
        operators.push({ operator: plan.operatorType.replace(/@[^@]*$/, ''), dbHits: plan.dbHits, rows: plan.rows, depth });
        for (const child of plan.children) walk(child, depth + 1);
      };
      if (summary.profile) walk(summary.profile, 0);
      return { dbHits: operators.reduce((sum, o) => sum + o.dbHits, 0), rows: records.length, operators };
    } catch (err) {
      throw classify(err);
    }
  }

  /** True when the database answers a trivial query within `timeoutMs`. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = this.read('RETURN 1 AS ok', {}, { timeoutMs }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Waits until the database answers, up to `timeoutMs`, or throws an 'unavailable' error. */
  async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.ping())) {
      if (Date.now() > deadline) {
        throw new DatabaseError('unavailable', `Neo4j did not answer within ${timeoutMs} ms`, undefined);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
