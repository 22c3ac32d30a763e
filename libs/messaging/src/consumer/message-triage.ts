import {
  describeIssues,
  envelopeSchema,
  EventDefinition,
  EventEnvelope,
  EventRegistry,
} from '@vetlink/contracts';

export type DeadLetterReason =
  'invalid-envelope' | 'schema-violation' | 'future-version' | 'unsupported-version' | 'handler-failed';

export type Triage =
  | { kind: 'handle'; event: EventEnvelope; definition: EventDefinition }
  | { kind: 'skip'; type: string }
  | { kind: 'dead-letter'; reason: DeadLetterReason; detail: string };

/**
 * Decides what a consumer does with a raw message before any handler runs. Malformed messages and
 * versions from the future go straight to the dead-letter topic: retrying cannot fix them.
 */
export function triageMessage(value: Buffer | string | null, registry: EventRegistry): Triage {
  let raw: unknown;
  try {
    raw = JSON.parse(value?.toString() ?? '');
  } catch {
    return { kind: 'dead-letter', reason: 'invalid-envelope', detail: 'message value is not JSON' };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      kind: 'dead-letter',
      reason: 'invalid-envelope',
      detail: describeIssues(envelope.error).join('; '),
    };
  }
  const { type, version } = envelope.data;
  const resolution = registry.resolve(type, version);
  switch (resolution.kind) {
    case 'unknown-type':
      return { kind: 'skip', type };
    case 'future-version':
      return {
        kind: 'dead-letter',
        reason: 'future-version',
        detail: `${type} v${version} is newer than v${resolution.newestKnown}, the newest this consumer knows`,
      };
    case 'unsupported-version':
      return {
        kind: 'dead-letter',
        reason: 'unsupported-version',
        detail: `${type} v${version}; this consumer handles v${resolution.known.join(', v')}`,
      };
    case 'known': {
      const payload = resolution.definition.payload.safeParse(envelope.data.payload);
      if (!payload.success) {
        return {
          kind: 'dead-letter',
          reason: 'schema-violation',
          detail: describeIssues(payload.error).join('; '),
        };
      }
      return {
        kind: 'handle',
        event: { ...envelope.data, payload: payload.data },
        definition: resolution.definition,
      };
    }
  }
}
