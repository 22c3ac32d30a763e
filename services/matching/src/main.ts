import { bootstrapService } from '@vetlink/http';
import { createSearchEngine } from '@vetlink/search';
import { AppModule } from './app.module';
import { loadMatchingConfig } from './config';

async function main() {
  const config = loadMatchingConfig();
  await bootstrapService(
    AppModule.register(config, { searchEngine: () => createSearchEngine(config.searchEnv) }),
    {
      title: 'vetlink matching',
      description:
        'Matches veterans to jobs: search indexes of open jobs and job-seeking veterans, the match score with its reasons, ' +
        'matched pushes (matching.job-matched), recommendations, job search and candidates',
      host: config.service.HOST,
      port: config.service.PORT,
    },
  );
}

main().catch((error: Error) => {
  process.stderr.write(`matching failed to start: ${error.message}\n`);
  process.exit(1);
});
