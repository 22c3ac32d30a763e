import { IllegalTransitionError, InvalidStateError } from '@vetlink/http';
import { assertChangesAllowed, detailProblems, effectiveChanges } from './job-changes';
import { sampleJob } from './job.fixture';

describe('job edits', () => {
  const job = sampleJob();

  it('keeps only the fields that really change', () => {
    const changes = effectiveChanges(job, {
      title: job.title,
      salary: { max: 8500, min: 6000 },
      headcount: 3,
      deadline: new Date(job.deadline.getTime()),
    });
    expect(changes).toEqual({ headcount: 3 });
  });

  it('refuses a skill both required and preferred, naming where', () => {
    expect(
      detailProblems({
        requiredSkills: [{ skillId: 'first-aid', level: 2 }],
        preferredSkills: [
          { skillId: 'x', level: 1 },
          { skillId: 'first-aid', level: 3 },
        ],
      }),
    ).toEqual([{ field: 'preferredSkills.1.skillId', message: 'first-aid is already a required skill' }]);
    expect(detailProblems(job)).toEqual([]);
  });

  it('lets nobody edit a closed or filled job', () => {
    expect(() => assertChangesAllowed(sampleJob({ status: 'closed' }), { title: 'x' })).toThrow(
      IllegalTransitionError,
    );
  });

  it('keeps a live job above the number already hired', () => {
    const halfHired = sampleJob({ hiredCount: 1, headcount: 2 });
    expect(() => assertChangesAllowed(halfHired, { headcount: 1 })).toThrow(InvalidStateError);
    expect(() => assertChangesAllowed(halfHired, { headcount: 3 })).not.toThrow();
  });
});
