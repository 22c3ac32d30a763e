import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadMentorsConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadMentorsConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink mentors',
    description:
      'Mentors for veterans: verified profiles, availability, one-on-one sessions that never double-book',
    host: config.service.HOST,
    port: config.service.PORT,
    role: config.service.PROCESS_ROLE,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});
