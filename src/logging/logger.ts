import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  /** 'pretty' for people, 'json' for machines; by default pretty when stdout is a terminal. */
  format?: 'pretty' | 'json' | undefined;
  /** Where lines go: stdout by default; tests pass a stream to read them. */
  destination?: DestinationStream;
}

// Fields the pretty format leaves out: the same for every line, or already in the message (see request-log.ts).
const PRETTY_IGNORE = 'pid,hostname,service,req,res,responseTime,operation,code,cost';

/** JSON lines (one object per line) for log collectors, or coloured readable lines on a terminal. */
export function createLogger(level: string, { format, destination }: LoggerOptions = {}): Logger {
  const options = { level, base: { service: 'livegraph' }, timestamp: pino.stdTimeFunctions.isoTime };
  const chosen = format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  if (chosen === 'json') return destination ? pino(options, destination) : pino(options);
  // In this thread, not pino's worker transport: a person reads these, and every line must be out before an exit.
  const stream = pretty({ colorize: !destination, translateTime: 'SYS:HH:MM:ss.l', ignore: PRETTY_IGNORE, sync: true, destination });
  return pino(options, stream);
}
