import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_EVENTS } from '../src/events';
import { renderEventCatalog } from '../src/lib/event-catalog';

const target = join(__dirname, '..', 'EVENTS.md');
writeFileSync(target, renderEventCatalog(ALL_EVENTS));
console.log(`wrote ${target}`);
