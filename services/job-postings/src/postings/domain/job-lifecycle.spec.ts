import { IllegalTransitionError } from '@vetlink/http';
import { assertEditable, canTakeAction, expiringStatuses, nextJobStatus } from './job-lifecycle';

describe('job lifecycle', () => {
  it('follows draft → open → paused → open and on to closed or filled', () => {
    expect(nextJobStatus('draft', 'publish')).toBe('open');
    expect(nextJobStatus('open', 'pause')).toBe('paused');
    expect(nextJobStatus('paused', 'resume')).toBe('open');
    expect(nextJobStatus('paused', 'close')).toBe('closed');
    expect(nextJobStatus('paused', 'fill')).toBe('filled');
    expect(nextJobStatus('open', 'close')).toBe('closed');
    expect(nextJobStatus('open', 'fill')).toBe('filled');
    expect(nextJobStatus('open', 'expire')).toBe('closed');
    expect(nextJobStatus('paused', 'expire')).toBe('closed');
  });

  it.each([
    ['draft', 'pause'],
    ['draft', 'close'],
    ['draft', 'resume'],
    ['open', 'publish'],
    ['open', 'resume'],
    ['paused', 'pause'],
    ['closed', 'resume'],
    ['closed', 'publish'],
    ['filled', 'close'],
    ['filled', 'fill'],
  ] as const)('refuses %s → %s, naming the current status', (status, action) => {
    expect(canTakeAction(status, action)).toBe(false);
    expect(() => nextJobStatus(status, action)).toThrow(IllegalTransitionError);
    expect(() => nextJobStatus(status, action)).toThrow(`the job is ${status}`);
  });

  it('says from where the step would have been possible', () => {
    expect(() => nextJobStatus('closed', 'pause')).toThrow(
      'the job is closed: cannot pause it (only possible when it is open)',
    );
  });

  it('lets only drafts and live jobs be edited', () => {
    expect(() => assertEditable('draft')).not.toThrow();
    expect(() => assertEditable('paused')).not.toThrow();
    expect(() => assertEditable('filled')).toThrow('the job is filled: cannot edit it');
  });

  it('expires only jobs still taking or holding applications', () => {
    expect(expiringStatuses()).toEqual(['open', 'paused']);
  });
});
