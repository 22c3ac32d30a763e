import { bootstrapService } from '@vetlink/http';
import { AppModule } from './app.module';
import { loadRecommendationsConfig } from './config';

async function main() {
  const config = loadRecommendationsConfig();
  // A `worker` starts without HTTP and without connecting the event server (its module has no handlers).
  await bootstrapService(AppModule.register(config), {
    title: 'vetlink recommendations',
    description:
      'The weekly featured-jobs digest: a BullMQ schedule fans out to one digest per veteran, ranked by the ' +
      'matching score, exactly once per veteran and week; operators start, dry-run, watch and repair runs',
    host: config.service.HOST,
    port: config.service.PORT,
    role: config.service.PROCESS_ROLE,
  });
}

main().catch((error: Error) => {
  process.stderr.write(`recommendations failed to start: ${error.message}\n`);
  process.exit(1);
});
