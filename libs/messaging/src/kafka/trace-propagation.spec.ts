import { probeRecorded } from '@vetlink/contracts';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { inSpan, startTracing, stopTracing } from '@vetlink/tracing';
import type { KafkaMessage } from 'kafkajs';
import { consumeSpan } from '../consumer/consume-span';
import { pendingEvent } from '../outbox/pending-event';
import { toKafkaMessage } from './kafka-message';
import { sendSpans } from './send-spans';

const probe = (sequence: number) =>
  pendingEvent(probeRecorded, { probeId: `p-${sequence}`, sequence }, { producer: 'tests' });

/** What a consumer reads back of a sent message: the same headers, as buffers. */
function received(message: ReturnType<typeof toKafkaMessage>): KafkaMessage {
  const headers = Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [name, Buffer.from(String(value))]),
  );
  return { headers, value: Buffer.from(String(message.value)) } as unknown as KafkaMessage;
}

describe('trace context through the outbox and Kafka', () => {
  describe('off', () => {
    it('stores no context with an event and sends no trace headers', () => {
      const event = probe(1);
      expect(event).not.toHaveProperty('traceContext');
      const spans = sendSpans([event]);
      expect(toKafkaMessage(event.envelope, spans.carriers[0]).headers).not.toHaveProperty('traceparent');
    });
  });

  describe('on', () => {
    const exporter = new InMemorySpanExporter();
    beforeAll(() => startTracing({ service: 'spec', spanProcessor: new SimpleSpanProcessor(exporter) }));
    afterAll(() => stopTracing());
    beforeEach(() => exporter.reset());

    it('request → outbox entry → send span → message headers → consumer span → the handler’s own events', async () => {
      const written = await inSpan('POST /jobs/:jobId/publish', {}, () => probe(1));
      expect(written.traceContext?.traceparent).toBeDefined();

      // The relay, later and outside the request: the send span continues the stored context.
      const spans = sendSpans([written]);
      const message = toKafkaMessage(written.envelope, spans.carriers[0]);
      spans.end();
      expect(message.headers).toHaveProperty('traceparent');

      const handled = await consumeSpan(
        { topic: 'backbone.probe', partition: 0, groupId: 'spec.group' },
        [{ message: received(message), event: written.envelope }],
        async () => probe(2),
      );

      const [request, send, consume] = exporter.getFinishedSpans();
      const traceId = request?.spanContext().traceId;
      expect([send, consume].map((span) => span?.spanContext().traceId)).toEqual([traceId, traceId]);
      expect(send?.parentSpanContext?.spanId).toBe(request?.spanContext().spanId);
      expect(consume?.parentSpanContext?.spanId).toBe(send?.spanContext().spanId);
      expect(consume?.name).toBe('process backbone.probe');
      expect(handled.traceContext?.traceparent).toContain(consume?.spanContext().spanId);
    });

    it('one active span for a batch: child of its first traced event, linked to the others, which get a span of their own', async () => {
      const [a, b] = await Promise.all([inSpan('a', {}, () => probe(1)), inSpan('b', {}, () => probe(2))]);
      const untraced = probe(3);
      const spans = sendSpans([a, b]);
      spans.end();
      const messages = [a, b].map((event, index) =>
        received(toKafkaMessage(event.envelope, spans.carriers[index])),
      );
      await consumeSpan(
        { topic: 'backbone.probe', partition: 0, groupId: 'spec.group' },
        [
          { message: received(toKafkaMessage(untraced.envelope)), event: untraced.envelope },
          { message: messages[0] as KafkaMessage, event: a.envelope },
          { message: messages[1] as KafkaMessage, event: b.envelope },
        ],
        async () => undefined,
      );
      const finished = exporter.getFinishedSpans();
      const consume = finished.find((span) => span.name === 'process backbone.probe');
      const [sendA, sendB] = finished.filter((span) => span.name === 'send backbone.probe');
      expect(consume?.parentSpanContext?.spanId).toBe(sendA?.spanContext().spanId);
      expect(consume?.links.map((link) => link.context.spanId)).toEqual([sendB?.spanContext().spanId]);
      expect(consume?.attributes['messaging.batch.message_count']).toBe(3);
      // b's trace keeps its consumer's step: a span of its own, child of b's send span.
      const inTraceOfB = finished.filter(
        (span) => span.name === 'process backbone.probe' && span !== consume,
      );
      expect(inTraceOfB.map((span) => span.parentSpanContext?.spanId)).toEqual([sendB?.spanContext().spanId]);
    });

    it('a message without trace headers starts a trace of its own, not the consumer loop’s', async () => {
      const event = probe(1);
      await inSpan('unrelated', {}, () =>
        consumeSpan(
          { topic: 'backbone.probe', partition: 0, groupId: 'spec.group' },
          [{ message: received(toKafkaMessage(event.envelope)), event: event.envelope }],
          async () => undefined,
        ),
      );
      const consume = exporter.getFinishedSpans().find((span) => span.name === 'process backbone.probe');
      expect(consume?.parentSpanContext).toBeUndefined();
    });
  });
});
