import type { Kafka } from 'kafkajs';
import { headerText } from '../kafka/kafka-message';
import type { EventProducer } from '../kafka/event-producer';
import { DEAD_LETTER_HEADERS, withoutDeadLetterHeaders } from './dead-letter-headers';

export interface RedriveResult {
  redriven: number;
  byTopic: Record<string, number>;
}

/**
 * Sends the messages parked in a dead-letter topic back to the topic they failed on, with their original
 * key and headers, once the cause is fixed. Progress is a consumer group of its own, so a re-drive that
 * stops half-way resumes where it stopped and a message is re-driven once. Stops at the end of the topic
 * as it was when the re-drive began, or after `limit` messages.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  producer: EventProducer,
  { deadLetterTopic, limit = Number.POSITIVE_INFINITY }: { deadLetterTopic: string; limit?: number },
): Promise<RedriveResult> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${deadLetterTopic}.redrive`;
  const ends = await admin.fetchTopicOffsets(deadLetterTopic);
  const committed = await admin.fetchOffsets({ groupId, topics: [deadLetterTopic] });
  await admin.disconnect();

  const endOf = new Map(ends.map((end) => [end.partition, Number(end.high)]));
  const startOf = new Map(
    (committed[0]?.partitions ?? []).map((partition) => [
      partition.partition,
      Math.max(0, Number(partition.offset)),
    ]),
  );
  const backlog = [...endOf].reduce(
    (sum, [partition, end]) => sum + Math.max(0, end - (startOf.get(partition) ?? 0)),
    0,
  );
  const target = Math.min(backlog, limit);
  const result: RedriveResult = { redriven: 0, byTopic: {} };
  if (target === 0) return result;

  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  await consumer.connect();
  await consumer.subscribe({ topic: deadLetterTopic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary }) => {
          for (const message of batch.messages) {
            if (result.redriven >= target) break;
            const originalTopic = headerText(message.headers, DEAD_LETTER_HEADERS.originalTopic);
            if (!originalTopic)
              throw new Error(`message at offset ${message.offset} has no original topic header`);
            await producer.sendRaw(originalTopic, [
              { key: message.key, value: message.value, headers: withoutDeadLetterHeaders(message.headers) },
            ]);
            resolveOffset(message.offset);
            result.redriven += 1;
            result.byTopic[originalTopic] = (result.byTopic[originalTopic] ?? 0) + 1;
          }
          // Only re-driven messages are resolved, so what lies beyond the limit stays for the next run.
          await commitOffsetsIfNecessary();
          if (result.redriven >= target) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return result;
}
