import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadInsightsConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadInsightsConfig();
  await bootstrapService(
    AppModule.register(config, { consumerGroup: config.service.INSIGHTS_CONSUMER_GROUP }),
    {
      title: 'vetlink insights',
      description: "The bureau's figures, counted from the other services' events",
      host: config.service.HOST,
      port: config.service.PORT,
    },
  );
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});
