import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadJobPostingsConfig } from './config';

async function main() {
  const config = loadJobPostingsConfig();
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink job postings',
    description: 'Employers, job postings, applications and hires',
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`job-postings failed to start: ${error.message}\n`);
  process.exit(1);
});
