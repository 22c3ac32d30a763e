import { describeSearchContract } from '../../testing/search-contract';
import { createMeilisearchEngine } from './adapter';

const host = process.env.MEILI_HOST;

describeSearchContract(
  host ? `meilisearch at ${host}` : 'meilisearch (skipped: set MEILI_HOST and MEILI_MASTER_KEY to run it)',
  () => createMeilisearchEngine({ host: host!, apiKey: process.env.MEILI_MASTER_KEY }),
  { skip: !host },
);
