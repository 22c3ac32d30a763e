import { DelayedError } from 'bullmq';
import type { Job, JobsOptions } from 'bullmq';
import {
  contextFrom,
  failed,
  runInContext,
  SpanKind,
  startSpan,
  traceCarrier,
  TraceCarrier,
} from '@vetlink/tracing';

/**
 * A queued job carries the trace it was queued in, in BullMQ's own field for context propagation
 * (`opts.telemetry.metadata`, kept with the job in Redis): a JSON `traceparent`/`tracestate` carrier.
 * Options left as they were while tracing is off or outside any span.
 */
export function withTraceContext<Options extends JobsOptions>(
  options: Options | undefined,
): Options | undefined {
  const carrier = traceCarrier();
  if (!carrier || options?.telemetry?.metadata) return options;
  return { ...options, telemetry: { ...options?.telemetry, metadata: JSON.stringify(carrier) } } as Options;
}

/**
 * Runs a job inside a `process <queue>` span, child of the trace it was queued in. A job moved back to
 * delayed (BullMQ's DelayedError: held, not failed) ends its span without an error.
 */
export async function inJobSpan<T>(queueName: string, job: Job, work: () => Promise<T> | T): Promise<T> {
  const { span, context } = startSpan(`process ${queueName}`, {
    kind: SpanKind.CONSUMER,
    parent: contextFrom(carrierOf(job.opts.telemetry?.metadata)),
    attributes: {
      'messaging.system': 'bullmq',
      'messaging.operation.type': 'process',
      'messaging.destination.name': queueName,
      'vetlink.job.name': job.name,
      'vetlink.job.attempt': job.attemptsMade + 1,
    },
  });
  try {
    return await runInContext(context, work);
  } catch (error) {
    if (error instanceof DelayedError) span.addEvent('moved to delayed');
    else failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

function carrierOf(metadata: string | undefined): TraceCarrier | undefined {
  if (!metadata) return undefined;
  try {
    const parsed: unknown = JSON.parse(metadata);
    return parsed && typeof parsed === 'object' ? (parsed as TraceCarrier) : undefined;
  } catch {
    return undefined;
  }
}
