import { probeRecorded } from '@vetlink/contracts';
import { initialPendingEvents, pendingEvent, withPendingEvents } from './pending-event';

describe('pending events', () => {
  const event = pendingEvent(probeRecorded, { probeId: 'p-1', sequence: 1 }, { producer: 'tests' });

  it('knows its topic and carries a validated envelope', () => {
    expect(event.topic).toBe('backbone.probe');
    expect(event.envelope).toMatchObject({ type: 'backbone.probe-recorded', key: 'p-1' });
  });

  it('joins the state change in one update, keeping the update operators it had', () => {
    const update = withPendingEvents({ $set: { status: 'open' }, $inc: { revision: 1 } }, [event]);
    expect(update).toEqual({
      $set: { status: 'open' },
      $inc: { revision: 1 },
      $push: { pendingEvents: { $each: [event] } },
    });
  });

  it('starts a new document with its creation event pending', () => {
    expect(initialPendingEvents([event])).toEqual({ pendingEvents: [event] });
  });

  it('leaves an update without events untouched', () => {
    expect(withPendingEvents({ $set: { status: 'open' } }, [])).toEqual({ $set: { status: 'open' } });
  });
});
