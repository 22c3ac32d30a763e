export { startTracing, stopTracing, samplerOf } from './lib/start-tracing';
export type { Tracing, TracingSettings } from './lib/start-tracing';
export {
  contextFrom,
  currentTraceId,
  failed,
  inSpan,
  linkFrom,
  runInContext,
  startSpan,
  traceCarrier,
  tracingEnabled,
} from './lib/tracing';
export type { SpanOptions, TraceCarrier } from './lib/tracing';
export { TracingModule } from './lib/tracing.module';
// What the seams name of OpenTelemetry, so that they import one library of ours.
export { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
export type { Context, Link, Span } from '@opentelemetry/api';
