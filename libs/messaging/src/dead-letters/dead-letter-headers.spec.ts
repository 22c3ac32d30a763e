import type { KafkaMessage } from 'kafkajs';
import { DEAD_LETTER_HEADERS, deadLetterMessage, withoutDeadLetterHeaders } from './dead-letter-headers';

describe('dead-letter headers', () => {
  const original = {
    key: Buffer.from('job-1'),
    value: Buffer.from('{}'),
    offset: '42',
    headers: { 'event-type': Buffer.from('jobs.job-posted') },
  } as unknown as KafkaMessage;

  it('keeps the original key, value and headers and adds why and where it failed', () => {
    const message = deadLetterMessage(
      original,
      {
        reason: 'handler-failed',
        error: 'boom',
        attempts: 5,
        topic: 'jobs.job-postings',
        partition: 2,
        groupId: 'matching.jobs',
      },
      new Date('2026-11-28T00:00:00Z'),
    );
    expect(message.key).toBe(original.key);
    expect(message.value).toBe(original.value);
    expect(message.headers).toMatchObject({
      'event-type': original.headers?.['event-type'],
      [DEAD_LETTER_HEADERS.reason]: 'handler-failed',
      [DEAD_LETTER_HEADERS.attempts]: '5',
      [DEAD_LETTER_HEADERS.originalTopic]: 'jobs.job-postings',
      [DEAD_LETTER_HEADERS.originalPartition]: '2',
      [DEAD_LETTER_HEADERS.originalOffset]: '42',
      [DEAD_LETTER_HEADERS.failedAt]: '2026-11-28T00:00:00.000Z',
    });
  });

  it('strips only the failure headers for a re-drive', () => {
    const message = deadLetterMessage(original, {
      reason: 'future-version',
      error: 'x',
      attempts: 1,
      topic: 't.a',
      partition: 0,
      groupId: 'g',
    });
    expect(Object.keys(withoutDeadLetterHeaders(message.headers))).toEqual(['event-type']);
  });
});
