import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from '../src/events';
import type { EventDefinition } from '../src/lib/define-event';
import {
  renderServiceEvents,
  serviceEventsOf,
  SourceFile,
  withServiceEvents,
} from '../src/lib/service-events';

export const SERVICES_ROOT = join(__dirname, '..', '..', '..', 'services');

function definitionsByName(): Record<string, EventDefinition> {
  return Object.fromEntries(
    Object.entries(contracts).filter(
      ([, value]) => typeof value === 'object' && value !== null && 'payload' in value && 'topic' in value,
    ),
  ) as Record<string, EventDefinition>;
}

function sourcesOf(folder: string): SourceFile[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sourcesOf(path);
    return entry.endsWith('.ts') && !entry.endsWith('.spec.ts')
      ? [{ path, text: readFileSync(path, 'utf8') }]
      : [];
  });
}

/** Each service's README as it should read, with its generated events section. */
export function expectedServiceReadmes(): { path: string; current: string; expected: string }[] {
  const names = definitionsByName();
  return readdirSync(SERVICES_ROOT)
    .filter((service) => existsSync(join(SERVICES_ROOT, service, 'src')))
    .map((service) => {
      const path = join(SERVICES_ROOT, service, 'README.md');
      const current = existsSync(path) ? readFileSync(path, 'utf8') : `# ${service}\n`;
      const section = renderServiceEvents(
        serviceEventsOf(sourcesOf(join(SERVICES_ROOT, service, 'src')), names),
      );
      return { path, current, expected: withServiceEvents(current, section) };
    });
}
