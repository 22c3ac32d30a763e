import { NestFactory } from '@nestjs/core';
import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadRecommendationsConfig } from './config';

async function main() {
  const config = loadRecommendationsConfig();
  const module = AppModule.register(config);
  if (config.service.PROCESS_ROLE === 'worker') {
    const worker = await NestFactory.createApplicationContext(module, { bufferLogs: true });
    worker.enableShutdownHooks();
    return;
  }
  await bootstrapService(module, {
    title: 'vetlink recommendations',
    description:
      'The weekly featured-jobs digest: a BullMQ schedule fans out to one digest per veteran, ranked by the ' +
      'matching score, exactly once per veteran and week; operators start, dry-run, watch and repair runs',
    host: config.service.HOST,
    port: config.service.PORT,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`recommendations failed to start: ${error.message}\n`);
  process.exit(1);
});
