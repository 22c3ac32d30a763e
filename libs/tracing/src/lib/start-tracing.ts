import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-node';
import type { Sampler, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { loadConfig, TracesSampler, tracingConfigSchema } from '@vetlink/config';
import { setTracingEnabled } from './tracing';

export interface TracingSettings {
  /** `service.name` of every span (OTEL_SERVICE_NAME overrides it). */
  service: string;
  env?: Record<string, string | undefined>;
  /** Instead of the OTLP exporter (tests): tracing is on whatever the environment says. */
  spanProcessor?: SpanProcessor;
}

/** What `startTracing` started: where spans go, and how to flush them at shutdown. */
export interface Tracing {
  /** The OTLP URL spans are sent to; null when off or in tests. */
  exportsTo: string | null;
  shutdown(): Promise<void>;
}

let started: { tracing: Tracing; provider?: NodeTracerProvider } | undefined;

/**
 * Starts tracing for this process once (a later call returns the first one's handle): a tracer
 * provider with `service.name`, W3C trace context propagation and spans kept across async calls, its
 * spans exported in batches over OTLP/HTTP. Without an OTLP endpoint nothing is started: every span
 * helper stays a pass-through.
 */
export function startTracing(settings: TracingSettings): Tracing {
  if (started) return started.tracing;
  const config = loadConfig(tracingConfigSchema, settings.env ?? process.env);
  const url =
    config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (config.OTEL_EXPORTER_OTLP_ENDPOINT &&
      `${config.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`);
  if (!url && !settings.spanProcessor) {
    const off: Tracing = { exportsTo: null, shutdown: async () => undefined };
    started = { tracing: off };
    return off;
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: config.OTEL_SERVICE_NAME ?? settings.service,
    }),
    sampler: samplerOf(config.OTEL_TRACES_SAMPLER, config.OTEL_TRACES_SAMPLER_ARG),
    spanProcessors: [
      settings.spanProcessor ??
        new BatchSpanProcessor(new OTLPTraceExporter({ url }), {
          scheduledDelayMillis: config.OTEL_BSP_SCHEDULE_DELAY,
        }),
    ],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  setTracingEnabled(true);
  const tracing: Tracing = {
    exportsTo: settings.spanProcessor ? null : (url ?? null),
    shutdown: async () => {
      // Flushes what is still batched; a collector that is down must not hold the shutdown up.
      await provider.shutdown().catch(() => undefined);
    },
  };
  started = { tracing, provider };
  return tracing;
}

/** Flushes and stops what `startTracing` started, and turns the helpers back into pass-throughs. */
export async function stopTracing(): Promise<void> {
  const current = started;
  started = undefined;
  setTracingEnabled(false);
  await current?.tracing.shutdown();
}

export function samplerOf(name: TracesSampler, ratio: number): Sampler {
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}
