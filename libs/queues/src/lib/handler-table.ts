import type { HandlerRole } from './job-handler.decorators';
import type { QueueIdentity } from './queue-definition';

/** One decorated method, bound to its instance. */
export interface FoundHandler {
  role: HandlerRole;
  queue: QueueIdentity;
  jobName: string;
  /** `Class.method`, for messages. */
  owner: string;
  call: (...args: unknown[]) => unknown;
}

export interface QueueHandlers {
  processors: Map<string, FoundHandler>;
  afterLastAttempt: Map<string, FoundHandler>;
}

export class QueueSetupError extends Error {
  constructor(readonly problems: string[]) {
    super(`Queue handlers are set up wrongly:\n- ${problems.join('\n- ')}`);
    this.name = 'QueueSetupError';
  }
}

/**
 * Settles which method handles which job of which queue, refusing the whole set-up (every problem at once)
 * when two methods claim the same job, a method names a job or queue nobody registered, or, where workers
 * run, a registered job has no processor: such a job would wait forever or go to whichever came first.
 */
export function tableOfHandlers(
  registered: readonly QueueIdentity[],
  handlers: readonly FoundHandler[],
  workersRun: boolean,
): Map<string, QueueHandlers> {
  const problems: string[] = [];
  const table = new Map<string, QueueHandlers>();
  const definitions = new Map<string, QueueIdentity>();
  for (const queue of registered) {
    if (definitions.has(queue.name)) problems.push(`queue "${queue.name}" is registered twice`);
    definitions.set(queue.name, queue);
    table.set(queue.name, { processors: new Map(), afterLastAttempt: new Map() });
  }
  for (const handler of handlers) {
    const { queue, jobName, owner } = handler;
    const entry = table.get(queue.name);
    if (!entry) {
      problems.push(
        `queue "${queue.name}" has a handler (${owner}) but no module registers it (QueuesModule.registerQueue)`,
      );
      continue;
    }
    if (!definitions.get(queue.name)?.jobNames.includes(jobName)) {
      problems.push(`queue "${queue.name}" defines no job "${jobName}" (${owner})`);
      continue;
    }
    const slot = handler.role === 'process' ? entry.processors : entry.afterLastAttempt;
    const taken = slot.get(jobName);
    if (taken) {
      problems.push(`queue "${queue.name}" job "${jobName}" is claimed twice (${taken.owner} and ${owner})`);
      continue;
    }
    slot.set(jobName, handler);
  }
  if (workersRun) {
    for (const queue of definitions.values()) {
      for (const jobName of queue.jobNames) {
        if (!table.get(queue.name)?.processors.has(jobName)) {
          problems.push(
            `queue "${queue.name}" job "${jobName}" has no handler (@ProcessJob) in a process that runs workers`,
          );
        }
      }
    }
  }
  if (problems.length > 0) throw new QueueSetupError(problems);
  return table;
}
