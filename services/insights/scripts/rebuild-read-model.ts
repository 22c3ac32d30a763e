/**
 * Rebuilds the figures from the events: replays every topic insights reads, from the oldest message
 * Kafka keeps, into an empty database with a consumer group of its own, and prints the events replayed
 * per second. Run with the service's environment:
 *   npx nx run insights:rebuild
 * INSIGHTS_REBUILD_DATABASE names the new database (default vetlink-insights-rebuild-<UTC stamp>); it must
 * hold no tallies. The service keeps running on its own database meanwhile. When the rebuild is done,
 * serve the new database by restarting the service with the MONGODB_DATABASE and INSIGHTS_CONSUMER_GROUP
 * it prints: it carries on from where the rebuild stopped.
 */
import { loadInsightsConfig } from '../src/config';
import { rebuildReadModel } from '../src/rebuild/rebuild-read-model';

async function main() {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = loadInsightsConfig();
  const database = process.env['INSIGHTS_REBUILD_DATABASE'] ?? `vetlink-insights-rebuild-${stamp}`;
  const config = loadInsightsConfig({ ...process.env, MONGODB_DATABASE: database });
  const consumerGroup = `rebuild-${stamp}`;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(
    `rebuilding the figures into database ${database} (service database: ${base.service.MONGODB_DATABASE})`,
  );
  let lastPrinted = 0;
  const result = await rebuildReadModel({
    config,
    consumerGroup,
    from: 'beginning',
    onProgress: ({ replayed, total, seconds }) => {
      if (seconds - lastPrinted < 5) return;
      lastPrinted = seconds;
      print(`  ${replayed} of ${total} events, ${Math.round(replayed / seconds)} events/s`);
    },
  });
  print(
    `replayed ${result.replayed} events in ${result.seconds.toFixed(1)} s: ${Math.round(result.perSecond)} events/s`,
  );
  print(
    `to serve it: MONGODB_DATABASE=${database} INSIGHTS_CONSUMER_GROUP=${consumerGroup} (group ${result.groupId})`,
  );
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`rebuild failed: ${error.message}\n`);
    process.exit(1);
  },
);
