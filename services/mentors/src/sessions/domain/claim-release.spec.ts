import { isUpcomingOnlyClaim, releaseAfterOf } from './claim-release';

describe('when claims may go', () => {
  const session = {
    end: new Date('2026-12-09T11:00:00+08:00'),
    blockedUntil: new Date('2026-12-09T11:15:00+08:00'),
  };

  it('frees blocks after the busy time and the upcoming places after the session', () => {
    expect(releaseAfterOf(session)).toEqual(session.blockedUntil);
    expect(releaseAfterOf(session, { upcomingOnly: true })).toEqual(session.end);
  });

  it("keeps the mentor's daily and weekly places until the Shanghai week is over", () => {
    expect(releaseAfterOf(session, { upcomingOnly: false }).toISOString()).toBe('2026-12-13T16:00:00.000Z');
    const sunday = { end: new Date('2026-12-13T23:00:00+08:00'), blockedUntil: new Date() };
    expect(releaseAfterOf(sunday, { upcomingOnly: false }).toISOString()).toBe('2026-12-13T16:00:00.000Z');
  });

  it('tells the places among the upcoming from the rest', () => {
    expect(isUpcomingOnlyClaim('upcoming:v1:0')).toBe(true);
    expect(isUpcomingOnlyClaim('pair:v1:m1:0')).toBe(true);
    expect(isUpcomingOnlyClaim('mentor-day:m1:2026-12-09:0')).toBe(false);
  });
});
