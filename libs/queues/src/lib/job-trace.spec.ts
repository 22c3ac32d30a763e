import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { inSpan, startTracing, stopTracing } from '@vetlink/tracing';
import { DelayedError } from 'bullmq';
import type { Job, JobsOptions } from 'bullmq';
import { inJobSpan, withTraceContext } from './job-trace';

const jobWith = (opts: JobsOptions | undefined) =>
  ({ name: 'deliver', opts: opts ?? {}, attemptsMade: 0 }) as Job;

describe('the trace of a queued job', () => {
  it('is not added while tracing is off', async () => {
    expect(withTraceContext({ attempts: 3 })).toEqual({ attempts: 3 });
    expect(withTraceContext(undefined)).toBeUndefined();
    expect(await inJobSpan('deliveries', jobWith({}), () => 'done')).toBe('done');
  });

  describe('on', () => {
    const exporter = new InMemorySpanExporter();
    beforeAll(() => startTracing({ service: 'spec', spanProcessor: new SimpleSpanProcessor(exporter) }));
    afterAll(() => stopTracing());
    beforeEach(() => exporter.reset());

    it('goes with the job when queued inside a span, and the worker continues it', async () => {
      const options = await inSpan('consumer', {}, () => withTraceContext<JobsOptions>({ attempts: 3 }));
      expect(options).toMatchObject({
        attempts: 3,
        telemetry: { metadata: expect.stringContaining('traceparent') },
      });
      await inJobSpan('deliveries', jobWith(options), () => undefined);

      const [queued, worked] = exporter.getFinishedSpans();
      expect(worked?.name).toBe('process deliveries');
      expect(worked?.spanContext().traceId).toBe(queued?.spanContext().traceId);
      expect(worked?.parentSpanContext?.spanId).toBe(queued?.spanContext().spanId);
    });

    it('outside any span adds nothing; a job without (or with broken) metadata starts a trace of its own', async () => {
      expect(withTraceContext({ attempts: 1 })).toEqual({ attempts: 1 });
      await inJobSpan('deliveries', jobWith({ telemetry: { metadata: 'not json' } }), () => undefined);
      expect(exporter.getFinishedSpans()[0]?.parentSpanContext).toBeUndefined();
    });

    it('fails the span with the job and passes the error on (BullMQ retries it)', async () => {
      await expect(
        inJobSpan('deliveries', jobWith({}), () => Promise.reject(new Error('smtp down'))),
      ).rejects.toThrow('smtp down');
      expect(exporter.getFinishedSpans()[0]?.status.code).toBe(2);
    });

    it('does not count a job moved back to delayed (held) as failed', async () => {
      await expect(
        inJobSpan('deliveries', jobWith({}), () => Promise.reject(new DelayedError())),
      ).rejects.toThrow(DelayedError);
      const [span] = exporter.getFinishedSpans();
      expect(span?.status.code).toBe(0);
      expect(span?.events.map((event) => event.name)).toEqual(['moved to delayed']);
    });
  });
});
