import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** How many costly operations run at once, and how many may wait for a turn. */
export interface GateOptions {
  /** Operations of at least this cost go through the gate; cheaper ones never wait. */
  minCost: number;
  /** Costly operations running at once. */
  slots: number;
  /** Costly operations waiting for a slot; one more is refused at once. */
  queue: number;
  /** The longest one waits before it is refused. */
  maxWaitMs: number;
}

/** Refused at the gate: the server is busy with costly operations. 503 with Retry-After, as for any overload. */
export class ServerBusyError extends GraphQLError {
  constructor(reason: string, retryAfterSeconds: number) {
    super(`The server is busy with costly operations (${reason}); retry in ${retryAfterSeconds} s, or ask for less.`, {
      extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/**
 * A bounded semaphore for costly operations: at most `slots` run at once, so that cheap requests
 * keep the rest of the machine; the others wait in a bounded queue for a bounded time.
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: GateOptions) {}

  /** Waits for a slot; resolves to the function that gives it back (call it once). */
  async enter(): Promise<() => void> {
    const { slots, queue, maxWaitMs } = this.options;
    if (this.running >= slots) {
      if (this.waiting.length >= queue) throw new ServerBusyError(`${queue} already waiting`, 1);
      await new Promise<void>((resolve, reject) => {
        const turn = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(turn), 1);
          reject(new ServerBusyError(`waited ${maxWaitMs} ms for a turn`, Math.ceil(maxWaitMs / 1000)));
        }, maxWaitMs);
        this.waiting.push(turn);
      });
    } else {
      this.running++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next in line, so a newcomer cannot overtake the queue.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }

  /** Operations running and waiting, for health and metrics. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
