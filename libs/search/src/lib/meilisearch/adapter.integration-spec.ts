import { describeSearchContract } from '../../testing/search-contract';
import { createMeilisearchEngine } from './adapter';

// MEILI_HOST is set by the launcher, or by this target's global setup (jest/meilisearch-global-setup.js).
const host = process.env['MEILI_HOST'];

describeSearchContract(
  host
    ? `meilisearch at ${host}`
    : 'meilisearch (skipped: run `nx run search:integration-meilisearch`, which finds or starts one)',
  () => createMeilisearchEngine({ host: host!, apiKey: process.env['MEILI_MASTER_KEY'] }),
  { skip: !host },
);
