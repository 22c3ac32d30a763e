import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ALL_EVENTS, probeRecorded } from '../events';
import { createEvent, defineEvent, InvalidEventPayloadError } from './define-event';
import { envelopeSchema } from './envelope';
import { renderEventCatalog } from './event-catalog';
import { EventRegistry } from './event-registry';

describe('createEvent', () => {
  it('wraps a valid payload in a complete envelope keyed by the aggregate id', () => {
    const event = createEvent(
      probeRecorded,
      { probeId: 'p-1', sequence: 3 },
      { producer: 'tests', correlationId: 'c-1' },
    );
    expect(envelopeSchema.parse(event)).toBeTruthy();
    expect(event).toMatchObject({
      type: 'backbone.probe-recorded',
      version: 1,
      key: 'p-1',
      producer: 'tests',
      correlationId: 'c-1',
    });
  });

  it('starts a new correlation chain when nothing caused the event', () => {
    const event = createEvent(probeRecorded, { probeId: 'p-1', sequence: 0 }, { producer: 'tests' });
    expect(event.correlationId).toBe(event.eventId);
  });

  it('refuses an invalid payload before it can be stored or sent, naming the field', () => {
    expect(() => createEvent(probeRecorded, { probeId: '', sequence: -1 }, { producer: 'tests' })).toThrow(
      InvalidEventPayloadError,
    );
    expect(() => createEvent(probeRecorded, { probeId: 'p', sequence: -1 }, { producer: 'tests' })).toThrow(
      /sequence/,
    );
  });

  it('keeps an event in its topic domain', () => {
    expect(() =>
      defineEvent({
        type: 'jobs.x-happened',
        version: 1,
        topic: 'profiles.veteran-profiles',
        description: '',
        payload: z.object({}),
        keyOf: () => 'k',
      }),
    ).toThrow(/domain/);
  });
});

describe('EventRegistry versioning rule', () => {
  const v2 = defineEvent({ ...probeRecorded, version: 2 });
  const registry = new EventRegistry([probeRecorded, v2]);

  it('resolves the versions it knows', () => {
    expect(registry.resolve('backbone.probe-recorded', 2)).toMatchObject({
      kind: 'known',
      definition: { version: 2 },
    });
  });

  it('flags a future version for the dead-letter topic', () => {
    expect(registry.resolve('backbone.probe-recorded', 3)).toEqual({
      kind: 'future-version',
      newestKnown: 2,
    });
  });

  it('skips types it does not handle', () => {
    expect(registry.resolve('jobs.job-posted', 1)).toEqual({ kind: 'unknown-type' });
  });

  it('refuses two definitions of one version', () => {
    expect(() => new EventRegistry([probeRecorded, probeRecorded])).toThrow(/twice/);
  });
});

describe('event catalogue', () => {
  it('EVENTS.md is current (run `nx run contracts:catalog` after changing an event)', () => {
    const committed = readFileSync(join(__dirname, '../../EVENTS.md'), 'utf8');
    expect(committed).toBe(renderEventCatalog(ALL_EVENTS));
  });

  it('has unique type+version pairs across the platform', () => {
    expect(() => new EventRegistry(ALL_EVENTS)).not.toThrow();
  });
});
