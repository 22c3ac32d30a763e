import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_EVENTS } from '../src/events';
import { renderEventCatalog } from '../src/lib/event-catalog';
import { expectedServiceReadmes } from './service-readmes';

const target = join(__dirname, '..', 'EVENTS.md');
writeFileSync(target, renderEventCatalog(ALL_EVENTS));
console.log(`wrote ${target}`);

for (const { path, current, expected } of expectedServiceReadmes()) {
  if (current === expected) continue;
  writeFileSync(path, expected);
  console.log(`wrote the events section of ${path}`);
}
