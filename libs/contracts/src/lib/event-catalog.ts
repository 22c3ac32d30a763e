import { z } from 'zod';
import { EventDefinition } from './define-event';
import { deadLetterTopicOf } from './topics';

/** Markdown listing of topics and payloads, generated from the schemas so that it cannot drift. */
export function renderEventCatalog(definitions: readonly EventDefinition[]): string {
  const byTopic = new Map<string, EventDefinition[]>();
  for (const definition of definitions)
    byTopic.set(definition.topic, [...(byTopic.get(definition.topic) ?? []), definition]);
  const lines = [
    '# vetlink event catalogue',
    '',
    '<!-- Generated from libs/contracts/src/events by `nx run contracts:catalog`; do not edit by hand. -->',
    '',
    'Every event travels in the envelope described in libs/contracts/README.md. The Kafka key is the',
    'aggregate id named below; a message that cannot be processed goes to `<topic>.dlq`.',
    '',
  ];
  for (const topic of [...byTopic.keys()].sort()) {
    lines.push(`## Topic \`${topic}\` (dead letters: \`${deadLetterTopicOf(topic)}\`)`, '');
    const events = (byTopic.get(topic) ?? []).sort(
      (a, b) => a.type.localeCompare(b.type) || a.version - b.version,
    );
    for (const definition of events) lines.push(...renderEvent(definition));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderEvent(definition: EventDefinition): string[] {
  const schema = JSON.stringify(
    z.toJSONSchema(definition.payload, { io: 'input', unrepresentable: 'any' }),
    null,
    2,
  );
  return [
    `### \`${definition.type}\` v${definition.version}`,
    '',
    definition.description,
    '',
    '```json',
    schema,
    '```',
    '',
  ];
}
