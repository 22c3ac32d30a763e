import { applyDecorators, Catch, RpcExceptionFilter, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import type { EventDefinition, EventEnvelope } from '@vetlink/contracts';
import { Observable, throwError } from 'rxjs';
import type { z } from 'zod';

/** The key under which a handler's pattern extras carry its event definition. */
export const EVENT_DEFINITION = 'vetlinkEventDefinition';
/** Set in a handler's pattern extras when it takes a batch of envelopes (`@HandleEventBatch`). */
export const EVENT_BATCH = 'vetlinkEventBatch';
/** Set when a batch handler keeps its own record of the events it applied (`selfDeduplicating`). */
export const EVENT_BATCH_SELF_DEDUPLICATING = 'vetlinkEventBatchSelfDeduplicating';

export interface EventBatchOptions {
  /**
   * The handler's own writes record which events it applied and skip a repeat (the insights tallies keep
   * the ids of their latest events): the consumer then neither looks events up in its ledger nor records
   * them — a lookup per event that bounds a replay of a long topic to tens of events a second on FerretDB.
   */
  selfDeduplicating?: boolean;
}

/**
 * Nest's default RPC filter turns any error into `{status: 'error', message: 'Internal server error'}`
 * and logs it; the Kafka event server needs the error itself to retry, dead-letter and name the cause.
 */
@Catch()
export class PassEventErrorsThrough implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

type EventMethod<Payload> = (event: EventEnvelope<Payload>, ...rest: never[]) => Promise<unknown>;

/**
 * Declares a controller method as the service's one handler of this event type and version. The method
 * receives the envelope with its payload already validated against the contract; a failure is retried
 * with backoff and then dead-lettered by the Kafka event server.
 */
export function HandleEvent<Schema extends z.ZodType>(definition: EventDefinition<Schema>) {
  const decorate = applyDecorators(
    EventPattern(definition.type, { [EVENT_DEFINITION]: definition }),
    UseFilters(PassEventErrorsThrough),
  );
  return <Method extends EventMethod<z.infer<Schema>>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<Method>,
  ): void => {
    decorate(target, key, descriptor);
  };
}

type EventBatchMethod<Payload> = (events: EventEnvelope<Payload>[], ...rest: never[]) => Promise<unknown>;

/**
 * Like `@HandleEvent`, for a handler that applies many events in few database round trips: the method
 * receives the envelopes of this type from one fetched partition batch (in partition order, validated,
 * none already in the ledger). All of them are recorded in the ledger after it resolves; when it fails
 * the batch is retried, then its events are passed one at a time (each retried, then dead-lettered), so
 * the method must be safe to repeat for events it applied before failing (deterministic ids, inserts
 * that find a duplicate and move on).
 */
export function HandleEventBatch<Schema extends z.ZodType>(
  definition: EventDefinition<Schema>,
  options: EventBatchOptions = {},
) {
  const decorate = applyDecorators(
    EventPattern(definition.type, {
      [EVENT_DEFINITION]: definition,
      [EVENT_BATCH]: true,
      [EVENT_BATCH_SELF_DEDUPLICATING]: options.selfDeduplicating === true,
    }),
    UseFilters(PassEventErrorsThrough),
  );
  return <Method extends EventBatchMethod<z.infer<Schema>>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<Method>,
  ): void => {
    decorate(target, key, descriptor);
  };
}
