import { Logger } from '@nestjs/common';
import { loadConfig, shutdownConfigSchema } from '@vetlink/config';

/** Where the overrun is reported before the process exits. */
export interface ShutdownLog {
  error(details: object, message: string): void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Arms a deadline when a stop signal arrives: a graceful shutdown (queue jobs finishing, consumers
 * leaving their groups, periodic runs ending) that takes longer than `timeoutMs` ends with exit code 1,
 * inside the orchestrator's grace period instead of at its SIGKILL. The timer never keeps a finished
 * process alive.
 */
export function exitIfShutdownOverruns(timeoutMs: number, log: ShutdownLog): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      const deadline = setTimeout(() => {
        log.error({ signal, timeoutMs }, 'shutdown did not finish in time; exiting');
        process.exit(1);
      }, timeoutMs);
      deadline.unref();
    });
  }
}

/** The deadline a service process arms at start: SHUTDOWN_TIMEOUT_MS from its environment, logged by Nest. */
export function armShutdownDeadline(env: Record<string, string | undefined> = process.env): void {
  const { SHUTDOWN_TIMEOUT_MS } = loadConfig(shutdownConfigSchema, env);
  exitIfShutdownOverruns(SHUTDOWN_TIMEOUT_MS, new Logger('Shutdown'));
}
