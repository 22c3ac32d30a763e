import {
  contextFrom,
  failed,
  Span,
  SpanKind,
  startSpan,
  traceCarrier,
  TraceCarrier,
  tracingEnabled,
} from '@vetlink/tracing';
import type { PendingEvent } from '../outbox/pending-event';

/** One producer span per event being sent, and the trace headers its message carries. */
export interface SendSpans {
  carriers: (TraceCarrier | undefined)[];
  end(error?: unknown): void;
}

const UNTRACED: SendSpans = { carriers: [], end: () => undefined };

/**
 * Opens a `send <topic>` span for each event, child of the trace the event was written in (the outbox
 * entry's context) or else of the active one (a handler publishing directly); the message's
 * `traceparent` names this span, so that the consumer's span follows it.
 */
export function sendSpans(events: readonly PendingEvent[]): SendSpans {
  if (!tracingEnabled()) return UNTRACED;
  const spans: Span[] = [];
  const carriers = events.map(({ topic, envelope, traceContext }) => {
    const { span, context } = startSpan(`send ${topic}`, {
      kind: SpanKind.PRODUCER,
      ...(traceContext ? { parent: contextFrom(traceContext) } : {}),
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.destination.name': topic,
        'messaging.message.id': envelope.eventId,
        'vetlink.event.type': envelope.type,
      },
    });
    spans.push(span);
    return traceCarrier(context);
  });
  return {
    carriers,
    end(error?: unknown) {
      for (const span of spans) {
        if (error !== undefined) failed(span, error);
        span.end();
      }
    },
  };
}
