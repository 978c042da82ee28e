import { z } from 'zod';

/** Where the graph lives: a server the user runs, or the embedded one the project starts itself. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string | undefined }
  | { kind: 'embedded'; boltPort: number; dataDir: string; heap: string; startTimeoutMs: number };

export interface Config {
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedOnStart: boolean;
  neo4j: Neo4jTarget;
}

const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const Env = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_ON_START: bool(true),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, 'must look like 512m or 2g').default('1g'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
});

/** Raised when the environment is invalid; its message lists every problem, one per line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration from the environment, reporting all problems at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    neo4j: e.NEO4J_URI
      ? { kind: 'external', uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : { kind: 'embedded', boltPort: e.NEO4J_BOLT_PORT, dataDir: e.NEO4J_DATA_DIR, heap: e.NEO4J_HEAP, startTimeoutMs: e.NEO4J_START_TIMEOUT_MS },
  };
}
