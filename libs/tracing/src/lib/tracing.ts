import {
  Attributes,
  Context,
  context,
  INVALID_SPAN_CONTEXT,
  Link,
  propagation,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

/**
 * The seams of vetlink's traces: a span around a piece of work, and the W3C trace context carried as
 * plain strings (`traceparent`, `tracestate`) in Kafka headers, outbox entries and queued jobs. While
 * tracing is off (no OTLP endpoint) every helper is a pass-through: no span, no carrier, nothing stored.
 */
export type TraceCarrier = Record<string, string>;

const TRACER_NAME = 'vetlink';
let enabled = false;

/** Set by `startTracing` and `stopTracing` only. */
export function setTracingEnabled(value: boolean): void {
  enabled = value;
}

export function tracingEnabled(): boolean {
  return enabled;
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The parent (e.g. extracted from a message's headers); the active context otherwise. */
  parent?: Context;
  links?: Link[];
}

const NOT_RECORDING: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * Runs `work` inside a new span, active for everything it calls (so that its writes and sends carry the
 * trace on); records a thrown error on the span and rethrows it.
 */
export async function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T> | T,
): Promise<T> {
  if (!enabled) return work(NOT_RECORDING);
  const parent = options.parent ?? context.active();
  const span = trace
    .getTracer(TRACER_NAME)
    .startSpan(name, { kind: options.kind, attributes: options.attributes, links: options.links }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/**
 * A span the caller ends itself (one whose end is an event, such as an HTTP response finishing), and
 * the context to run its work in.
 */
export function startSpan(name: string, options: SpanOptions): { span: Span; context: Context } {
  const parent = options.parent ?? context.active();
  if (!enabled) return { span: NOT_RECORDING, context: parent };
  const span = trace
    .getTracer(TRACER_NAME)
    .startSpan(name, { kind: options.kind, attributes: options.attributes, links: options.links }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

export function runInContext<T>(target: Context, work: () => T): T {
  return enabled ? context.with(target, work) : work();
}

/** Marks the span failed with the error's type and message. */
export function failed(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
}

/** The active (or given) context as `traceparent`/`tracestate`; undefined when off or outside any span. */
export function traceCarrier(from: Context = context.active()): TraceCarrier | undefined {
  if (!enabled || !trace.getSpanContext(from)) return undefined;
  const carrier: TraceCarrier = {};
  propagation.inject(from, carrier);
  return carrier.traceparent ? carrier : undefined;
}

/**
 * The context a carrier names (HTTP headers, Kafka headers read as text, a stored carrier), to parent a
 * span on; the root context when it names none or tracing is off.
 */
export function contextFrom(
  carrier: Readonly<Record<string, string | string[] | undefined>> | undefined,
): Context {
  if (!enabled || !carrier) return ROOT_CONTEXT;
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/** A link to the span a carrier names (for work that continues many traces at once), if any. */
export function linkFrom(carrier: TraceCarrier | undefined): Link | undefined {
  const spanContext = trace.getSpanContext(contextFrom(carrier));
  return spanContext ? { context: spanContext } : undefined;
}

/** The active span's trace id, for the logs; undefined outside a recorded trace. */
export function currentTraceId(): string | undefined {
  if (!enabled) return undefined;
  const spanContext = trace.getSpanContext(context.active());
  return spanContext && spanContext.traceId !== INVALID_SPAN_CONTEXT.traceId
    ? spanContext.traceId
    : undefined;
}
