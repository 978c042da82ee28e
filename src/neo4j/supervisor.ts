import type { RestartPolicy } from '../config/env.js';
import type { Logger } from '../logging/logger.js';
import type { EmbeddedNeo4j, Neo4jExit } from './launcher.js';

/**
 * Restarts the embedded Neo4j when its JVM dies: on the same data folder and Bolt port, after
 * a wait that doubles with each failed attempt. The driver reconnects to the same URI, so the
 * API serves again without a restart of its own. When restarts keep failing, or the JVM keeps
 * dying, it gives up and says why: then only restarting the whole process can help.
 */
export class Neo4jSupervisor {
  private crashes: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private reason: string | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly neo4j: EmbeddedNeo4j,
    private readonly policy: RestartPolicy,
    private readonly log: Logger,
  ) {
    this.unsubscribe = neo4j.onUnexpectedExit((exit) => this.crashed(exit));
  }

  /** Why the supervisor gave up, for /health/live; undefined while Neo4j runs or is being restarted. */
  get gaveUp(): string | undefined {
    return this.reason;
  }

  /** No more restarts: called first thing on shutdown, so the stop that follows is not taken for a crash. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  private crashed(exit: Neo4jExit): void {
    if (this.stopped) return;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < this.policy.crashWindowMs), now];
    const { pid, code, signal } = exit;
    this.log.error(
      { pid, code, signal, output: exit.output.slice(-10), crashesInWindow: this.crashes.length },
      'Neo4j exited unexpectedly',
    );
    if (this.crashes.length >= this.policy.crashLimit) {
      this.giveUp(
        `Neo4j exited ${this.crashes.length} times within ${this.policy.crashWindowMs} ms (last: code ${code}, signal ${signal})`,
      );
    } else if (this.policy.attempts === 0) {
      this.giveUp(`Neo4j exited (code ${code}, signal ${signal}) and NEO4J_RESTART_ATTEMPTS is 0`);
    } else {
      this.schedule(1, now);
    }
  }

  private schedule(attempt: number, downSince: number): void {
    const delayMs = Math.min(this.policy.backoffMs * 2 ** (attempt - 1), this.policy.maxBackoffMs);
    this.log.warn({ attempt, of: this.policy.attempts, delayMs }, 'restarting Neo4j');
    this.timer = setTimeout(() => void this.restart(attempt, downSince), delayMs);
  }

  private async restart(attempt: number, downSince: number): Promise<void> {
    if (this.stopped) return;
    try {
      const uri = await this.neo4j.start();
      if (!this.stopped) this.log.info({ attempt, uri, downMs: Date.now() - downSince }, 'Neo4j restarted');
    } catch (err) {
      if (this.stopped) return;
      const message = (err as Error).message.split('\n')[0];
      this.log.error({ attempt, of: this.policy.attempts, err: message }, 'Neo4j restart failed');
      if (attempt >= this.policy.attempts)
        this.giveUp(`Neo4j could not be restarted: ${attempt} attempts failed, the last with: ${message}`);
      else this.schedule(attempt + 1, downSince);
    }
  }

  private giveUp(reason: string): void {
    this.reason = reason;
    this.log.fatal({ reason }, 'gave up on Neo4j: /health/live now answers 503 so that the process is restarted');
  }
}
