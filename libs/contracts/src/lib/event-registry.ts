import { EventDefinition } from './define-event';

export type Resolution =
  | { kind: 'known'; definition: EventDefinition }
  | { kind: 'unknown-type' }
  | { kind: 'future-version'; newestKnown: number }
  | { kind: 'unsupported-version'; known: number[] };

/**
 * The versioning rule (docs: libs/contracts/README.md): a consumer handles the versions it knows.
 * A newer version than it knows means the producer moved ahead of it: that message goes to the
 * dead-letter topic (to be re-driven after the consumer is upgraded), never into a crash loop.
 * A type the consumer does not handle at all is none of its business and is skipped.
 */
export class EventRegistry {
  private readonly byType = new Map<string, Map<number, EventDefinition>>();

  constructor(definitions: readonly EventDefinition[]) {
    for (const definition of definitions) {
      const versions = this.byType.get(definition.type) ?? new Map<number, EventDefinition>();
      if (versions.has(definition.version))
        throw new Error(`${definition.type} v${definition.version} is defined twice`);
      versions.set(definition.version, definition);
      this.byType.set(definition.type, versions);
    }
  }

  resolve(type: string, version: number): Resolution {
    const versions = this.byType.get(type);
    if (!versions) return { kind: 'unknown-type' };
    const definition = versions.get(version);
    if (definition) return { kind: 'known', definition };
    const known = [...versions.keys()].sort((a, b) => a - b);
    const newestKnown = known[known.length - 1] ?? 0;
    return version > newestKnown
      ? { kind: 'future-version', newestKnown }
      : { kind: 'unsupported-version', known };
  }

  topics(): string[] {
    const topics = new Set<string>();
    for (const versions of this.byType.values())
      for (const definition of versions.values()) topics.add(definition.topic);
    return [...topics].sort();
  }
}
