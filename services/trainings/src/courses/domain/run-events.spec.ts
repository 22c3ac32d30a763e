import { courseRunCancelled } from '@vetlink/contracts';
import { runCancelledPayload } from './run-events';

describe('run events', () => {
  const run = { id: 'run-1', courseId: 'course-1', startsOn: '2027-01-04', endsOn: '2027-01-29' };
  const course = { title: '叉车操作培训', provider: '南京市退役军人职业技能培训中心', cityId: 'nanjing' };
  const at = new Date('2026-12-20T09:30:00+08:00');

  it('says which run of which course in which city was cancelled, why, by whom and when (the contract holds)', () => {
    const payload = runCancelledPayload(run, course, {
      at,
      by: 'prov-1',
      byRole: 'provider',
      reason: '师资调整，本期停开',
    });
    expect(courseRunCancelled.payload.parse(payload)).toEqual({
      runId: 'run-1',
      courseId: 'course-1',
      courseTitle: '叉车操作培训',
      provider: '南京市退役军人职业技能培训中心',
      cityId: 'nanjing',
      startsOn: '2027-01-04',
      endsOn: '2027-01-29',
      reason: '师资调整，本期停开',
      cancelledBy: 'prov-1',
      cancelledByRole: 'provider',
      cancelledAt: '2026-12-20T01:30:00.000Z',
    });
    expect(courseRunCancelled.keyOf(payload)).toBe('run-1');
  });

  it('names an officer when the cancellation does not say (runs cancelled before roles were kept)', () => {
    expect(runCancelledPayload(run, course, { at, by: 'off-1', reason: '场地检修' }).cancelledByRole).toBe(
      'officer',
    );
  });
});
