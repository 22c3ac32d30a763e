import { draftApplication } from './application.fixture';
import { addMilestone, assertVerifiedMentors, checkIn, outcomeIssues } from './residence';

const at = new Date('2026-04-01T00:00:00Z');
const resident = draftApplication({
  state: 'in-residence',
  residence: { seat: 'prog-1:seat:1', units: ['base-1:workstation:1'], admittedAt: at, milestones: [] },
});
const milestone = {
  id: 'm1',
  goal: 'First paying customers',
  measure: 'customers',
  target: 3,
  dueOn: '2026-06-30',
  mentorIds: ['mentor-1'],
};

describe('milestones in residence', () => {
  it('reaches a milestone once, with the check-in that says so', () => {
    const tracked = addMilestone(resident, milestone, at);
    const first = checkIn(tracked, 'm1', { at, by: 'vet-1', note: 'two signed', progress: 2 });
    expect(first.reached).toBeUndefined();
    const second = checkIn(first.application, 'm1', {
      at,
      by: 'vet-1',
      note: 'third signed',
      progress: 3,
      status: 'reached',
    });
    expect(second.reached).toMatchObject({ id: 'm1', status: 'reached', reachedAt: at });
    const again = checkIn(second.application, 'm1', { at, by: 'vet-1', note: 'fourth', status: 'reached' });
    expect(again.reached).toBeUndefined();
    expect(again.application.residence?.milestones[0].checkIns).toHaveLength(3);
  });

  it('tracks milestones only in residence', () => {
    expect(() => addMilestone(draftApplication({ state: 'accepted' }), milestone, at)).toThrow(/is accepted/);
  });

  it('refuses more veteran jobs than jobs created', () => {
    expect(() =>
      outcomeIssues({
        companyRegistered: true,
        jobsCreated: 2,
        jobsForVeterans: 3,
        revenueBand: 'none',
        fundingRaisedFen: 0,
        loansTaken: 0,
      }),
    ).toThrow(/jobsForVeterans/);
  });
});

describe('mentor links', () => {
  it('accepts verified mentors and no mentor at all', () => {
    expect(() => assertVerifiedMentors(['m-1'], new Set(['m-1', 'm-2']))).not.toThrow();
    expect(() => assertVerifiedMentors([], new Set())).not.toThrow();
  });

  it('names each mentor the bureau has not verified by its place', () => {
    expect(() => assertVerifiedMentors(['m-1', 'stranger'], new Set(['m-1']))).toThrow(
      expect.objectContaining({
        issues: [{ field: 'mentorIds.1', message: 'stranger is not a verified mentor' }],
      }),
    );
  });
});
