/**
 * The latency bench's collector, in a process of its own so that decoding ~2,000 job-matched a second
 * does not tax the matching process being measured. Prints `ready` once it reads matching.job-matches
 * from its end, then `count N` every second; on a line on stdin, prints `report` and every arrival as
 * JSON ({ jobId: [epoch ms, …] }) and exits.
 */
import { TOPICS } from '@vetlink/contracts';
import { testEngines } from '@vetlink/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';

async function main() {
  const arrivals: Record<string, number[]> = {};
  let count = 0;
  const kafka = new Kafka({
    clientId: 'latency-bench',
    brokers: testEngines.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `latency-bench-${randomBytes(4).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [TOPICS.jobMatches], fromBeginning: false });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const at = Date.now();
      const jobId = JSON.parse(message.value?.toString() ?? 'null')?.payload?.jobId as string | undefined;
      if (jobId) (arrivals[jobId] ??= []).push(at);
      count += 1;
    },
  });
  await joined;
  process.stdout.write('ready\n');
  const counting = setInterval(() => process.stdout.write(`count ${count}\n`), 1000);
  process.stdin.once('data', async () => {
    clearInterval(counting);
    process.stdout.write(`report ${JSON.stringify(arrivals)}\n`);
    await consumer.disconnect();
    process.exit(0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
