import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { DeadLetterReason } from '../consumer/message-triage';

export const DEAD_LETTER_HEADERS = {
  reason: 'dlq-reason',
  error: 'dlq-error',
  attempts: 'dlq-attempts',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

export interface DeadLetterCause {
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  topic: string;
  partition: number;
  groupId: string;
}

/** The original key, value and headers, plus why and where it failed. */
export function deadLetterMessage(message: KafkaMessage, cause: DeadLetterCause, now = new Date()) {
  return {
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.reason]: cause.reason,
      [DEAD_LETTER_HEADERS.error]: cause.error.slice(0, 2000),
      [DEAD_LETTER_HEADERS.attempts]: String(cause.attempts),
      [DEAD_LETTER_HEADERS.originalTopic]: cause.topic,
      [DEAD_LETTER_HEADERS.originalPartition]: String(cause.partition),
      [DEAD_LETTER_HEADERS.originalOffset]: message.offset,
      [DEAD_LETTER_HEADERS.consumerGroup]: cause.groupId,
      [DEAD_LETTER_HEADERS.failedAt]: now.toISOString(),
    },
  };
}

/** The headers a re-driven message goes back with: the original ones, without the failure's. */
export function withoutDeadLetterHeaders(headers: IHeaders | undefined): IHeaders {
  const dlqNames = new Set<string>(Object.values(DEAD_LETTER_HEADERS));
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => !dlqNames.has(name)));
}
