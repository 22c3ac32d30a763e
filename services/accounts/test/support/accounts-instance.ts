/** One more instance of accounts in a process of its own, for the races between replicas (libs/testing/service). */
import { serveInstance } from '@vetlink/testing/service';
import { AppModule } from '../../src/app.module';
import { loadAccountsConfig } from '../../src/config';

// The configuration travels as the environment it is read from: keys do not survive JSON as objects.
serveInstance<Record<string, string>>('accounts instance', (env, consumerGroup) =>
  AppModule.register(loadAccountsConfig(env), { consumerGroup }),
);
