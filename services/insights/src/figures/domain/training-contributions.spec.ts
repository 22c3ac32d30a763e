import { courseTable } from './course-table';
import { figureTable } from './figure-table';
import { FIGURES } from './figures';
import { applyEvents, emptyTally, parseCountKey, countKeyOf } from './tally';
import {
  completionContributions,
  enrolledContributions,
  enrolmentCancelledContributions,
  runPublishedContributions,
} from './training-contributions';
import { TRAINING_FIGURES } from './training-figures';

// 23:30 in Shanghai on 31 March: counted on that day, not on April's.
const AT = '2027-03-31T15:30:00.000Z';
const enrolment = {
  enrolmentId: 'en-1',
  runId: 'run-1',
  courseId: 'c.forklift',
  veteranId: 'v1',
  courseTitle: '叉车司机（N1）培训',
  cityId: 'nanjing',
  startsOn: '2027-04-10',
  endsOn: '2027-04-30',
};
const run = {
  runId: 'run-1',
  courseId: 'c.forklift',
  courseTitle: '叉车司机（N1）培训',
  provider: '南京市退役军人培训中心',
  cityId: 'nanjing',
  mode: 'in-person' as const,
  skillIds: [],
  certificateIds: [],
  durationDays: 20,
  costFen: 0,
  veteranSubsidyFen: 0,
  startsOn: '2027-04-10',
  endsOn: '2027-04-30',
  capacity: 20,
  enrolmentOpensAt: AT,
  enrolmentClosesAt: '2027-04-08T00:00:00.000Z',
  publishedBy: 'officer-1',
  publishedAt: AT,
};
const enrolled = (status: 'enrolled' | 'waitlisted', promotedFromWaitlist = false) =>
  enrolledContributions({ ...enrolment, status, promotedFromWaitlist, enrolledAt: AT });

describe('what a trainings event counts', () => {
  it('counts a published run and its places in the run’s city on its Shanghai day, for its course', () => {
    expect(runPublishedContributions(run)).toEqual([
      {
        figure: 'course-runs-published',
        day: '2027-03-31',
        cityId: 'nanjing',
        districtId: 'unknown',
        amount: 1,
        course: { id: 'c.forklift', title: '叉车司机（N1）培训' },
      },
      expect.objectContaining({ figure: 'course-places-offered', amount: 20 }),
    ]);
  });

  it('counts a seat, a waitlist place, and a promotion as a seat moved up', () => {
    expect(enrolled('enrolled').map((c) => c.figure)).toEqual(['course-enrolments']);
    expect(enrolled('waitlisted').map((c) => c.figure)).toEqual(['course-waitlisted']);
    expect(enrolled('enrolled', true).map((c) => c.figure)).toEqual([
      'course-enrolments',
      'course-promoted-from-waitlist',
    ]);
  });

  it('counts a withdrawal and a completion', () => {
    const cancelled = enrolmentCancelledContributions({
      ...enrolment,
      previousStatus: 'enrolled',
      cancelledBy: 'veteran',
      cancelledAt: AT,
    });
    const completed = completionContributions({
      ...enrolment,
      skillIds: [],
      certificateIds: [],
      attendancePercent: 95,
      recordedBy: 'officer-1',
      completedAt: AT,
    });
    expect([...cancelled, ...completed].map((c) => [c.figure, c.day])).toEqual([
      ['course-enrolments-cancelled', '2027-03-31'],
      ['course-completions', '2027-03-31'],
    ]);
  });

  it('defines every training figure, naming its event', () => {
    for (const [id, figure] of Object.entries(TRAINING_FIGURES)) {
      expect(FIGURES[id as keyof typeof FIGURES]).toBe(figure);
      expect(figure.definition).toMatch(/\(trainings\.[a-z-]+/);
    }
  });
});

describe('counts kept per course', () => {
  it('keep an awkward course id in one key part and split back', () => {
    const key = countKeyOf({
      figure: 'course-completions',
      cityId: 'nanjing',
      districtId: 'unknown',
      day: '2027-03-31',
      courseId: '$a.b|c',
    });
    expect(key).not.toMatch(/[.$]/);
    expect(key.split('|')).toHaveLength(5);
    expect(parseCountKey(key).courseId).toBe('$a.b|c');
  });

  it('add up per course for the course view, and per place in the figure table alike', () => {
    const renamed = { ...enrolment, courseTitle: '叉车司机培训（新）' };
    const march = applyEvents(emptyTally('t', '2027-03'), [
      { eventId: 'r1', contributions: runPublishedContributions(run) },
      { eventId: 'e1', contributions: enrolled('enrolled') },
      { eventId: 'e2', contributions: enrolled('waitlisted') },
      {
        eventId: 'x1',
        contributions: runPublishedContributions({
          ...run,
          courseId: 'c-drone',
          courseTitle: '无人机驾驶员培训',
          cityId: 'xuzhou',
          capacity: 12,
        }),
      },
    ]);
    const april = applyEvents(emptyTally('t', '2027-04'), [
      {
        eventId: 'e3',
        contributions: enrolledContributions({
          ...renamed,
          status: 'enrolled',
          promotedFromWaitlist: true,
          enrolledAt: '2027-04-02T02:00:00.000Z',
        }),
      },
    ]);
    const rows = courseTable([april, march], { from: '2027-03-01', to: '2027-04-30' });
    expect(rows).toEqual([
      {
        courseId: 'c.forklift',
        courseTitle: '叉车司机培训（新）',
        cityId: 'nanjing',
        figures: expect.objectContaining({
          'course-runs-published': 1,
          'course-places-offered': 20,
          'course-enrolments': 2,
          'course-waitlisted': 1,
          'course-promoted-from-waitlist': 1,
          'course-completions': 0,
        }),
      },
      expect.objectContaining({ courseId: 'c-drone', cityId: 'xuzhou' }),
    ]);
    expect(courseTable([march, april], { from: '2027-03-01', to: '2027-03-31', cityId: 'xuzhou' })).toEqual([
      expect.objectContaining({
        courseId: 'c-drone',
        figures: expect.objectContaining({ 'course-places-offered': 12 }),
      }),
    ]);
    const table = figureTable([march, april], {
      from: '2027-03-01',
      to: '2027-04-30',
      period: 'total',
      by: 'city',
    });
    expect(
      table.map((row) => [
        row.cityId,
        row.figures['course-places-offered'],
        row.figures['course-enrolments'],
      ]),
    ).toEqual([
      ['nanjing', 20, 2],
      ['xuzhou', 12, 0],
    ]);
  });
});
