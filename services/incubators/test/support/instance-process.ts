/** One more instance of the service in a process of its own, for the race test (libs/testing/service). */
import { serveInstance } from '@vetlink/testing/service';
import { AppModule } from '../../src/app.module';
import type { IncubatorsConfig } from '../../src/config';

serveInstance<IncubatorsConfig>('incubators instance', (config, consumerGroup) =>
  AppModule.register(config, { consumerGroup }),
);
