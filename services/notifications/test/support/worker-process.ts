import type { ChildProcess } from 'node:child_process';
import { startWorkerProcess as startServiceWorker } from '@vetlink/testing/service';

export { freePort, stopped } from '@vetlink/testing/service';

/** A delivery worker of its own (PROCESS_ROLE=worker); `env` adds the keys and gateways it shares with the API. */
export function startWorkerProcess(
  where: { database: string; queuePrefix: string; port: number },
  env: Record<string, string>,
): ChildProcess {
  return startServiceWorker({ main: 'services/notifications/src/main.ts', ...where }, env);
}
