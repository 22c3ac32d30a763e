import { z } from 'zod';
import { EnvelopeOrigin, EventEnvelope, newEnvelope } from './envelope';
import { TopicName } from './topics';

/**
 * One version of one event type: its topic, its payload schema (the single source of truth for the
 * TypeScript type, for validation on publish and on consume, and for the generated catalogue), and
 * which field of the payload is the aggregate id (the Kafka key, so one aggregate's events keep order).
 */
export interface EventDefinition<Schema extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  topic: TopicName;
  description: string;
  payload: Schema;
  keyOf: (payload: z.infer<Schema>) => string;
}

export type PayloadOf<Definition> =
  Definition extends EventDefinition<infer Schema> ? z.infer<Schema> : never;

export function defineEvent<Schema extends z.ZodType>(
  definition: EventDefinition<Schema>,
): EventDefinition<Schema> {
  if (!definition.type.startsWith(`${definition.topic.split('.')[0]}.`)) {
    throw new Error(`event ${definition.type} must belong to its topic's domain (${definition.topic})`);
  }
  return definition;
}

export class InvalidEventPayloadError extends Error {
  constructor(
    readonly type: string,
    readonly issues: string[],
  ) {
    super(`invalid ${type} payload: ${issues.join('; ')}`);
    this.name = 'InvalidEventPayloadError';
  }
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
}

/** Validates the payload against its schema before anything is stored or sent. */
export function createEvent<Schema extends z.ZodType>(
  definition: EventDefinition<Schema>,
  payload: z.input<Schema>,
  origin: EnvelopeOrigin,
): EventEnvelope<z.infer<Schema>> {
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) throw new InvalidEventPayloadError(definition.type, describeIssues(parsed.error));
  return newEnvelope(
    {
      type: definition.type,
      version: definition.version,
      key: definition.keyOf(parsed.data),
      payload: parsed.data,
    },
    origin,
  );
}
