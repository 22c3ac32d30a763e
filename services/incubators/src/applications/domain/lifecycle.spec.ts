import { IllegalTransitionError } from '@vetlink/http';
import { SYSTEM_ACTOR } from './application';
import { draftApplication } from './application.fixture';
import { assertCanTake, canTake, transition } from './lifecycle';

const at = new Date('2026-03-02T00:00:00Z');
const staff = { userId: 'staff-1', role: 'base-staff' as const };

describe('the review state machine', () => {
  it('walks submitted → screening → in review → accepted → in residence → graduated, auditing each step', () => {
    let application = transition(
      draftApplication(),
      'submit',
      { userId: 'vet-1', role: 'veteran' },
      at,
      'ready',
    );
    application = transition(application, 'screen', staff, at, 'complete file');
    application = transition(application, 'send-to-review', staff, at, 'passes screening');
    application = transition(application, 'accept', staff, at, 'strong team');
    application = transition(application, 'admit', SYSTEM_ACTOR, at, 'workstation 3');
    application = transition(application, 'graduate', staff, at, 'cohort ended');
    expect(application.state).toBe('graduated');
    expect(application.history.map((step) => `${step.from}>${step.to}`)).toEqual([
      'draft>submitted',
      'submitted>screening',
      'screening>in-review',
      'in-review>accepted',
      'accepted>in-residence',
      'in-residence>graduated',
    ]);
    expect(application.history[1]).toEqual({
      from: 'submitted',
      to: 'screening',
      at,
      by: staff,
      reason: 'complete file',
    });
  });

  it('refuses an illegal step with an error naming the current state', () => {
    const submitted = draftApplication({ state: 'submitted' });
    expect(() => transition(submitted, 'accept', staff, at, 'too early')).toThrow(IllegalTransitionError);
    expect(() => transition(submitted, 'accept', staff, at, 'too early')).toThrow(
      /the application is submitted: cannot accept it \(only possible when it is in-review or waitlisted\)/,
    );
  });

  it('keeps a draft editable until it is submitted, and a waitlisted one able to move up', () => {
    expect(canTake(draftApplication(), 'edit')).toBe(true);
    expect(() => assertCanTake(draftApplication({ state: 'submitted' }), 'edit')).toThrow(/is submitted/);
    expect(canTake(draftApplication({ state: 'waitlisted' }), 'accept')).toBe(true);
    expect(canTake(draftApplication({ state: 'graduated' }), 'withdraw')).toBe(false);
  });

  it('lets reviewers score only while the application is in review', () => {
    expect(canTake(draftApplication({ state: 'in-review' }), 'score')).toBe(true);
    expect(canTake(draftApplication({ state: 'accepted' }), 'score')).toBe(false);
  });
});
