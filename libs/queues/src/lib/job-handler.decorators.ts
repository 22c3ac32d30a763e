import 'reflect-metadata';
import type { Job } from 'bullmq';
import type { JobMap, JobName, QueueDefinition, QueueIdentity } from './queue-definition';

export type JobProcessor<Data> = (job: Job<Data>, token?: string) => Promise<unknown>;
export type LastAttemptListener<Data> = (job: Job<Data>, error: Error) => Promise<void> | void;

export type HandlerRole = 'process' | 'after-last-attempt';

export interface HandlerClaim {
  role: HandlerRole;
  queue: QueueIdentity;
  jobName: string;
}

const CLAIMS = Symbol('vetlink:queue-handler-claims');

// Only `value`: TypedPropertyDescriptor's setter would make the check invariant, refusing a handler that
// returns something more precise than Promise<unknown> or ignores the lock token.
interface MethodOf<Method> {
  value?: Method;
}

function claim(role: HandlerRole, queue: QueueIdentity, jobName: string): MethodDecorator {
  return (_target, _key, descriptor) => {
    const method = descriptor.value as object;
    Reflect.defineMetadata(CLAIMS, [...claimsOf(method), { role, queue, jobName }], method);
  };
}

/**
 * Marks a method of an @Injectable() provider as the one processor of a job name on a queue. Stack it to
 * let one method process several job names. A job it throws for is retried as the job's options say;
 * BullMQ's DelayedError and UnrecoverableError keep their meaning.
 */
export function ProcessJob<Jobs extends JobMap, Name extends JobName<Jobs>>(
  queue: QueueDefinition<Jobs>,
  jobName: Name,
) {
  return claim('process', queue, jobName) as (
    target: object,
    key: string | symbol,
    descriptor: MethodOf<JobProcessor<Jobs[Name]>>,
  ) => void;
}

/** Called once a job has failed for good: its last attempt failed, or it threw UnrecoverableError. */
export function AfterLastAttempt<Jobs extends JobMap, Name extends JobName<Jobs>>(
  queue: QueueDefinition<Jobs>,
  jobName: Name,
) {
  return claim('after-last-attempt', queue, jobName) as (
    target: object,
    key: string | symbol,
    descriptor: MethodOf<LastAttemptListener<Jobs[Name]>>,
  ) => void;
}

export function claimsOf(method: object): HandlerClaim[] {
  return (Reflect.getMetadata(CLAIMS, method) as HandlerClaim[] | undefined) ?? [];
}
