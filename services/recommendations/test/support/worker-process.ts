import type { ChildProcess } from 'node:child_process';
import { startWorkerProcess as startServiceWorker } from '@vetlink/testing/service';

export { stopped } from '@vetlink/testing/service';

/**
 * A digest worker in a process of its own (PROCESS_ROLE=worker), as production runs them, on the
 * database and Redis prefix given (a test harness's, or a benchmark's).
 */
export function startWorkerProcess(
  where: { database: string; queuePrefix: string; port?: number },
  env: Record<string, string> = {},
): ChildProcess {
  return startServiceWorker({ main: 'services/recommendations/src/main.ts', ...where }, env);
}
