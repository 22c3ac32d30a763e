/**
 * notifications in a process of its own, for the crash test: its world (database, consumer group, Redis
 * prefix) comes from the environment, so that a second process continues where a killed one stopped.
 * `FIRST=1` starts the group at the end of the consumed topics; a restart keeps its committed offsets.
 * Prints `ready` once consuming.
 */
import { AdjustableClock } from '@vetlink/clock';
import { ServiceUnderTest } from '@vetlink/testing/service';
import { moduleForTest, serviceOptionsForTest } from './app-harness';

async function main() {
  const options = { service: { JOB_PUSH_DAILY_CAP: 50, LOG_LEVEL: 'error' as const } };
  const serviceOptions = serviceOptionsForTest(options);
  const service = new ServiceUnderTest(moduleForTest(options, new AdjustableClock()), {
    ...serviceOptions,
    consumes: process.env['FIRST'] === '1' ? serviceOptions.consumes : [],
    collects: [],
  });
  service.kit.service.MONGODB_DATABASE = process.env['DATABASE'] as string;
  service.kit.consumerGroup = process.env['GROUP'] as string;
  service.kit.redisPrefix = process.env['PREFIX'] as string;
  await service.start();
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void service.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
