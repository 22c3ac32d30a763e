import { actorOf, applicationScope, canSeeApplication } from './application-visibility';

const application = { veteranId: 'veteran-7', employerId: 'org-a' };

describe('who sees an application', () => {
  it('shows it to the veteran who applied, the employer it is addressed to, and officers', () => {
    expect(canSeeApplication({ userId: 'veteran-7', role: 'veteran' }, application)).toBe(true);
    expect(
      canSeeApplication({ userId: 'hr-1', role: 'employer', organisationId: 'org-a' }, application),
    ).toBe(true);
    expect(
      canSeeApplication({ userId: 'off-1', role: 'officer', organisationId: 'bureau' }, application),
    ).toBe(true);
  });

  it('hides it from other veterans, other employers, mentors and employers without an organisation', () => {
    expect(canSeeApplication({ userId: 'veteran-8', role: 'veteran' }, application)).toBe(false);
    expect(
      canSeeApplication({ userId: 'hr-2', role: 'employer', organisationId: 'org-b' }, application),
    ).toBe(false);
    expect(canSeeApplication({ userId: 'm-1', role: 'mentor' }, application)).toBe(false);
    expect(applicationScope({ userId: 'hr-3', role: 'employer' })).toEqual({ kind: 'none' });
  });

  it('records officers as themselves and employer staff as the employer', () => {
    expect(actorOf({ userId: 'off-1', role: 'officer' })).toBe('officer');
    expect(actorOf({ userId: 'hr-1', role: 'employer', organisationId: 'org-a' })).toBe('employer');
  });
});
