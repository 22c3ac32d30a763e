/**
 * Re-drives dead letters back to the topic they failed on, once their cause is fixed.
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register libs/messaging/scripts/redrive-dlq.ts \
 *     --topic jobs.job-postings.dlq [--limit 100]
 * Brokers come from KAFKA_BROKERS (default 127.0.0.1:9092). Safe to interrupt and run again.
 */
import { parseArgs } from 'node:util';
import { createKafka } from '../src/kafka/kafka-client';
import { EventProducer } from '../src/kafka/event-producer';
import { redriveDeadLetters } from '../src/dead-letters/redrive';

async function main() {
  const { values } = parseArgs({ options: { topic: { type: 'string' }, limit: { type: 'string' } } });
  if (!values.topic?.endsWith('.dlq')) throw new Error('--topic <name>.dlq is required');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new Error('--limit must be a positive integer');
  const brokers = (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(',');
  const kafka = createKafka({ clientId: 'redrive-dlq', brokers });
  const producer = new EventProducer(kafka);
  const result = await redriveDeadLetters(kafka, producer, { deadLetterTopic: values.topic, limit });
  await producer.disconnect();
  console.log(`re-drove ${result.redriven} message(s): ${JSON.stringify(result.byTopic)}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
