import { ForbiddenError, IllegalTransitionError, InvalidStateError } from '@vetlink/http';
import { sampleJob } from './job.fixture';
import { publication } from './publication';

describe('publishing a job', () => {
  const now = new Date('2025-03-05T00:00:00.000Z');
  const draft = sampleJob({ status: 'draft', postedAt: undefined });

  it('opens a draft of a verified employer and lists it from now', () => {
    expect(publication(draft, { id: 'org-shunda', verified: true }, now)).toEqual({
      status: 'open',
      postedAt: now,
      listedAt: now,
    });
  });

  it('refuses an employer the bureau has not verified', () => {
    expect(() => publication(draft, { id: 'org-shunda', verified: false }, now)).toThrow(ForbiddenError);
    expect(() => publication(draft, { id: 'org-shunda', verified: false }, now)).toThrow(
      /not verified by the bureau/,
    );
  });

  it('refuses a deadline in the past', () => {
    const stale = { ...draft, deadline: new Date('2025-03-04T00:00:00.000Z') };
    expect(() => publication(stale, { id: 'org-shunda', verified: true }, now)).toThrow(InvalidStateError);
  });

  it('publishes only drafts', () => {
    expect(() =>
      publication(sampleJob({ status: 'open' }), { id: 'org-shunda', verified: true }, now),
    ).toThrow(IllegalTransitionError);
  });
});
