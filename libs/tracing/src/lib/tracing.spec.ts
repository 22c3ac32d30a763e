import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { SpanKind } from '@opentelemetry/api';
import { startTracing, stopTracing } from './start-tracing';
import { contextFrom, currentTraceId, inSpan, linkFrom, traceCarrier, tracingEnabled } from './tracing';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('tracing off (no OTLP endpoint)', () => {
  beforeAll(() => startTracing({ service: 'spec', env: {} }));
  afterAll(() => stopTracing());

  it('starts nothing and stores nothing: the work runs, no carrier, no trace id', async () => {
    expect(tracingEnabled()).toBe(false);
    const inside = await inSpan('work', {}, (span) => ({
      carrier: traceCarrier(),
      traceId: currentTraceId(),
      recording: span.isRecording(),
    }));
    expect(inside).toEqual({ carrier: undefined, traceId: undefined, recording: false });
    expect(traceCarrier(contextFrom({ traceparent: TRACEPARENT }))).toBeUndefined();
  });

  it('passes a failure through unchanged', async () => {
    await expect(inSpan('work', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});

describe('tracing on', () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(() => startTracing({ service: 'spec', spanProcessor: new SimpleSpanProcessor(exporter) }));
  afterAll(() => stopTracing());
  beforeEach(() => exporter.reset());

  it('injects the active span as traceparent, and a span extracted from it continues the trace', async () => {
    const carrier = await inSpan('producer', { kind: SpanKind.PRODUCER }, () => traceCarrier());
    expect(carrier?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await inSpan('consumer', { kind: SpanKind.CONSUMER, parent: contextFrom(carrier) }, () => undefined);

    const [producer, consumer] = exporter.getFinishedSpans();
    expect(consumer?.spanContext().traceId).toBe(producer?.spanContext().traceId);
    expect(consumer?.parentSpanContext?.spanId).toBe(producer?.spanContext().spanId);
    expect(producer?.resource.attributes['service.name']).toBe('spec');
  });

  it("continues a caller's traceparent and tracestate, and names the trace id for the logs", async () => {
    const traceId = await inSpan(
      'server',
      { parent: contextFrom({ traceparent: TRACEPARENT, tracestate: 'vendor=1' }) },
      () => ({ id: currentTraceId(), carrier: traceCarrier() }),
    );
    expect(traceId.id).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceId.carrier?.tracestate).toBe('vendor=1');
    expect(exporter.getFinishedSpans()[0]?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(currentTraceId()).toBeUndefined();
  });

  it('keeps the span across awaits, so that what the work calls later still carries it', async () => {
    const [before, after] = await inSpan('work', {}, async () => {
      const first = currentTraceId();
      await new Promise((resolve) => setTimeout(resolve, 5));
      return [first, currentTraceId()];
    });
    expect(after).toBe(before);
  });

  it('marks a failed span and rethrows', async () => {
    await expect(inSpan('work', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(exporter.getFinishedSpans()[0]?.status).toMatchObject({ code: 2, message: 'boom' });
  });

  it('reads no context from a malformed or missing carrier', () => {
    expect(traceCarrier(contextFrom({ traceparent: 'garbage' }))).toBeUndefined();
    expect(traceCarrier(contextFrom(undefined))).toBeUndefined();
    expect(linkFrom({ traceparent: TRACEPARENT })?.context.spanId).toBe('00f067aa0ba902b7');
    expect(linkFrom(undefined)).toBeUndefined();
  });
});
