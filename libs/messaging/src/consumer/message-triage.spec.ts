import { createEvent, defineEvent, EventRegistry, probeRecorded } from '@vetlink/contracts';
import { triageMessage } from './message-triage';

describe('triageMessage', () => {
  const registry = new EventRegistry([probeRecorded]);
  const valid = createEvent(probeRecorded, { probeId: 'p-1', sequence: 1 }, { producer: 'tests' });
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value));

  it('hands a valid event of a known version to its handler', () => {
    expect(triageMessage(encode(valid), registry)).toMatchObject({
      kind: 'handle',
      event: { eventId: valid.eventId },
    });
  });

  it('dead-letters bytes that are not JSON', () => {
    expect(triageMessage(Buffer.from('{not json'), registry)).toMatchObject({
      kind: 'dead-letter',
      reason: 'invalid-envelope',
    });
  });

  it('dead-letters an envelope with missing fields, naming them', () => {
    const { eventId: _omitted, ...withoutId } = valid;
    expect(triageMessage(encode(withoutId), registry)).toMatchObject({
      kind: 'dead-letter',
      reason: 'invalid-envelope',
      detail: expect.stringMatching(/eventId/),
    });
  });

  it('dead-letters a payload that breaks its schema at once', () => {
    const broken = { ...valid, payload: { probeId: 'p-1', sequence: 'three' } };
    expect(triageMessage(encode(broken), registry)).toMatchObject({
      kind: 'dead-letter',
      reason: 'schema-violation',
      detail: expect.stringMatching(/sequence/),
    });
  });

  it('dead-letters a version from the future', () => {
    expect(triageMessage(encode({ ...valid, version: 7 }), registry)).toMatchObject({
      kind: 'dead-letter',
      reason: 'future-version',
    });
  });

  it('dead-letters a retired version it no longer handles', () => {
    const v2 = defineEvent({ ...probeRecorded, version: 2 });
    expect(triageMessage(encode(valid), new EventRegistry([v2]))).toMatchObject({
      kind: 'dead-letter',
      reason: 'unsupported-version',
    });
  });

  it('skips event types the consumer does not handle', () => {
    expect(triageMessage(encode({ ...valid, type: 'jobs.job-posted' }), registry)).toEqual({
      kind: 'skip',
      type: 'jobs.job-posted',
    });
  });

  it('tolerates additive payload fields (no new version needed)', () => {
    const extended = { ...valid, payload: { ...valid.payload, addedLater: true } };
    expect(triageMessage(encode(extended), registry)).toMatchObject({ kind: 'handle' });
  });
});
