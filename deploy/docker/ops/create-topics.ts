/**
 * Creates every platform topic and its dead-letter topic before the services start (the Helm chart's
 * pre-install / pre-upgrade hook Job runs it), with partitions and replication from
 * KAFKA_TOPIC_PARTITIONS / KAFKA_REPLICATION_FACTOR and the brokers, TLS and SASL settings the services
 * use (libs/config). Existing topics are left as they are, so it is safe to run at every upgrade. The
 * services still ensure their own topics at start-up; this Job lets their Kafka users go without the
 * `Create` ACL (deploy/PRODUCTION.md).
 */
import { engineConfigSchema, loadConfig } from '@vetlink/config';
import { ALL_EVENTS, TOPICS } from '@vetlink/contracts';
import { createKafka, ensureTopics } from '@vetlink/messaging';

/** Every topic an event is published on, less the backbone's own test topic. */
export function platformTopics(): string[] {
  return [...new Set(ALL_EVENTS.map((event) => event.topic))]
    .filter((topic) => topic !== TOPICS.backboneProbe)
    .sort();
}

async function main() {
  const engines = loadConfig(engineConfigSchema, process.env);
  const kafka = createKafka({ clientId: 'vetlink-create-topics', brokers: engines.KAFKA_BROKERS });
  const topics = platformTopics();
  await ensureTopics(kafka, topics, {
    partitions: engines.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: engines.KAFKA_REPLICATION_FACTOR,
  });
  process.stdout.write(
    `${topics.length} topics and their dead-letter topics present (${engines.KAFKA_TOPIC_PARTITIONS} partitions, ` +
      `replication ${engines.KAFKA_REPLICATION_FACTOR}): ${topics.join(', ')}\n`,
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`creating topics failed: ${error.message}\n`);
    process.exit(1);
  });
}
