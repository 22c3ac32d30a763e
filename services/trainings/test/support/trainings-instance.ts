/** One more instance of the service in a process of its own, for the race test (libs/testing/service). */
import { serveInstance } from '@vetlink/testing/service';
import { AppModule } from '../../src/app.module';
import type { TrainingsConfig } from '../../src/config';

serveInstance<TrainingsConfig>('trainings instance', (config, consumerGroup) =>
  AppModule.register(config, { consumerGroup }),
);
