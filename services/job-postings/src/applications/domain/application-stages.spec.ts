import { ForbiddenError, IllegalTransitionError } from '@vetlink/http';
import { isDecided, nextStage } from './application-stages';

describe('application stages', () => {
  it('lets the employer take it from applied to hired, step by step', () => {
    expect(nextStage('applied', 'viewed', 'employer')).toBe('viewed');
    expect(nextStage('viewed', 'interview', 'employer')).toBe('interview');
    expect(nextStage('interview', 'offer', 'officer')).toBe('offer');
    expect(nextStage('offer', 'hired', 'employer')).toBe('hired');
  });

  it('lets the employer reject at any step before the end', () => {
    for (const stage of ['applied', 'viewed', 'interview', 'offer'] as const)
      expect(nextStage(stage, 'rejected', 'employer')).toBe('rejected');
  });

  it('refuses skipped and backward steps, naming the current stage and where the step starts', () => {
    expect(() => nextStage('applied', 'offer', 'employer')).toThrow(IllegalTransitionError);
    expect(() => nextStage('applied', 'hired', 'employer')).toThrow(
      'the application is applied: cannot move it to hired (only possible when it is offer)',
    );
    expect(() => nextStage('interview', 'viewed', 'employer')).toThrow(/is interview/);
  });

  it('treats hired, rejected and withdrawn as final', () => {
    for (const stage of ['hired', 'rejected', 'withdrawn'] as const) {
      expect(isDecided(stage)).toBe(true);
      expect(() => nextStage(stage, 'rejected', 'employer')).toThrow(`the application is ${stage}`);
    }
  });

  it('lets the veteran withdraw until the application is decided, and do nothing else', () => {
    expect(nextStage('offer', 'withdrawn', 'veteran')).toBe('withdrawn');
    expect(() => nextStage('hired', 'withdrawn', 'veteran')).toThrow(
      'the application is hired: cannot withdraw it',
    );
    expect(() => nextStage('rejected', 'withdrawn', 'veteran')).toThrow(IllegalTransitionError);
    expect(() => nextStage('applied', 'viewed', 'veteran')).toThrow(ForbiddenError);
  });

  it('keeps withdrawing to the veteran', () => {
    expect(() => nextStage('applied', 'withdrawn', 'employer')).toThrow(ForbiddenError);
  });
});
