import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadIncubatorsConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadIncubatorsConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink incubators',
    description:
      'Incubation bases for veteran startups: programmes, applications, fair review and space that is never over-allocated',
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});
