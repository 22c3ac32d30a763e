import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadTrainingsConfig } from './config';
import { SERVICE_NAME } from './service-name';

async function main() {
  const config = loadTrainingsConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink trainings',
    description: "The bureau's courses, runs, enrolment and skill gaps",
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`${SERVICE_NAME} failed to start: ${error.message}\n`);
  process.exit(1);
});
