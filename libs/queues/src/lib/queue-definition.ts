/** Job name → payload type of one queue. */
export type JobMap = Record<string, unknown>;

export type JobName<Jobs extends JobMap> = Extract<keyof Jobs, string>;

declare const payloadTypes: unique symbol;

/**
 * A queue's identity: its name and the names of the jobs it carries. Queue and job names are forever:
 * waiting jobs and schedules stay in Redis under them across deploys, so renaming one strands its jobs.
 */
export interface QueueIdentity {
  readonly name: string;
  readonly jobNames: readonly string[];
}

export interface QueueDefinition<Jobs extends JobMap> extends QueueIdentity {
  readonly jobNames: readonly JobName<Jobs>[];
  /** Type-only: lets producers and handlers infer each job's payload from the definition. */
  readonly [payloadTypes]?: Jobs;
}

export interface QueueDefinitionOptions<Jobs extends JobMap> {
  /** Every job name of the queue (the compiler wants each one of `Jobs`); each needs a handler wherever workers run. */
  jobs: { readonly [Name in JobName<Jobs>]-?: true };
}

export function defineQueue<Jobs extends JobMap>(
  name: string,
  options: QueueDefinitionOptions<Jobs>,
): QueueDefinition<Jobs> {
  return { name, jobNames: Object.keys(options.jobs) as JobName<Jobs>[] };
}
