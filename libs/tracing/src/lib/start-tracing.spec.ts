import { SamplingDecision } from '@opentelemetry/sdk-trace-node';
import { context, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { samplerOf, startTracing, stopTracing } from './start-tracing';

describe('startTracing', () => {
  afterEach(() => stopTracing());

  it('is off without an OTLP endpoint', () => {
    expect(startTracing({ service: 'spec', env: {} }).exportsTo).toBeNull();
  });

  it('sends to the traces path of OTEL_EXPORTER_OTLP_ENDPOINT, or to the traces endpoint as given', () => {
    expect(
      startTracing({ service: 'spec', env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' } })
        .exportsTo,
    ).toBe('http://collector:4318/v1/traces');
  });

  it('takes the traces endpoint as given', () => {
    expect(
      startTracing({
        service: 'spec',
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
          OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:4318/custom',
        },
      }).exportsTo,
    ).toBe('http://traces:4318/custom');
  });

  it('refuses a malformed endpoint or sampler, naming the variable', () => {
    expect(() => startTracing({ service: 'spec', env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'nope' } })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
    expect(() => startTracing({ service: 'spec', env: { OTEL_TRACES_SAMPLER: 'sometimes' } })).toThrow(
      /OTEL_TRACES_SAMPLER/,
    );
  });
});

describe('samplerOf', () => {
  const sampled = (name: Parameters<typeof samplerOf>[0], ratio: number, parent = ROOT_CONTEXT) =>
    samplerOf(name, ratio).shouldSample(
      parent,
      'ffffffffffffffffffffffffffffffff',
      'x',
      SpanKind.SERVER,
      {},
      [],
    ).decision === SamplingDecision.RECORD_AND_SAMPLED;
  const sampledParent = trace.setSpanContext(context.active(), {
    traceId: '0af7651916cd43dd8448eb211c80319c',
    spanId: 'b7ad6b7169203331',
    traceFlags: 1,
    isRemote: true,
  });

  it('follows a sampled parent whatever the ratio; a root by the ratio', () => {
    expect(sampled('parentbased_traceidratio', 0, sampledParent)).toBe(true);
    expect(sampled('parentbased_traceidratio', 0)).toBe(false);
    expect(sampled('parentbased_traceidratio', 1)).toBe(true);
    expect(sampled('parentbased_always_on', 0)).toBe(true);
    expect(sampled('always_off', 1, sampledParent)).toBe(false);
  });
});
