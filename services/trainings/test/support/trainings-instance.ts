/**
 * One more instance of the service, in a process of its own with its own connections, for the race
 * test: it reads its configuration from TRAININGS_INSTANCE_CONFIG (JSON), listens on a free port and
 * prints `listening <port>` once it takes requests.
 */
import type { INestApplication } from '@nestjs/common';
import { bootstrapService } from '@vetlink/http';
import { AppModule } from '../../src/app.module';
import type { TrainingsConfig } from '../../src/config';

async function main() {
  const { config, consumerGroup } = JSON.parse(process.env['TRAININGS_INSTANCE_CONFIG'] ?? '{}') as {
    config: TrainingsConfig;
    consumerGroup: string;
  };
  const app = (await bootstrapService(AppModule.register(config, { consumerGroup }), {
    title: 'trainings instance',
    description: 'race test',
    host: '127.0.0.1',
    port: 0,
    role: 'api',
  })) as INestApplication;
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`listening ${address.port}\n`);
  const stop = () => app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`instance failed: ${error.stack}\n`);
  process.exit(1);
});
