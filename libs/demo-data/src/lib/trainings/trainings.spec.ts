import { isKnownCertificateId, isKnownSkillId } from '@vetlink/taxonomy';
import { generateVeterans } from '../veterans/generate-veterans';
import { DEMO_RUN_STATES, generateTrainingCourses } from './generate-trainings';

const NOW = new Date('2026-12-07T02:00:00Z');
const veterans = generateVeterans('trainings-spec', 200, { now: NOW });
const courses = generateTrainingCourses('trainings-spec', veterans, NOW);
const DAY_MS = 86_400_000;
const midnight = (day: string) => new Date(`${day}T00:00:00+08:00`).getTime();

describe('demo trainings', () => {
  it('are the same for the same seed and day', () => {
    expect(generateTrainingCourses('trainings-spec', veterans, NOW)).toEqual(courses);
  });

  it('offer courses in every city where a demo veteran lives, with Xuyi crayfish cooking in Huai’an', () => {
    const cities = new Set(veterans.map((veteran) => veteran.body.residence?.cityId));
    expect(new Set(courses.map((course) => course.body.cityId))).toEqual(cities);
    const huaian = courses.filter((course) => course.body.cityId === 'huaian');
    if (cities.has('huaian'))
      expect(huaian.map((course) => course.body.trainingId)).toContain('crayfish-cooking-course');
  });

  it('teach known skills, certify known certificates, and never subsidise beyond the cost', () => {
    for (const { body } of courses) {
      expect(body.skillIds.length).toBeGreaterThan(0);
      expect(body.skillIds.every(isKnownSkillId)).toBe(true);
      expect(body.certificateIds.every(isKnownCertificateId)).toBe(true);
      expect(body.veteranSubsidyFen).toBeLessThanOrEqual(body.costFen);
    }
  });

  it('have runs in every state, each starting ahead and lasting at least the course', () => {
    const states = new Set(courses.flatMap((course) => course.runs.map((run) => run.state)));
    expect([...states].sort()).toEqual([...DEMO_RUN_STATES].sort());
    for (const course of courses)
      for (const { body } of course.runs) {
        expect(midnight(body.startsOn)).toBeGreaterThan(NOW.getTime());
        const span = (midnight(body.endsOn) - midnight(body.startsOn)) / DAY_MS + 1;
        expect(span).toBeGreaterThanOrEqual(course.body.durationDays);
        expect(Date.parse(body.enrolmentOpensAt)).toBeLessThan(Date.parse(body.enrolmentClosesAt));
        expect(Date.parse(body.enrolmentClosesAt)).toBeLessThanOrEqual(midnight(body.startsOn));
      }
  });

  it('enrol veterans of the course’s city, more than the seats in the run that fills up', () => {
    const cityOf = new Map(veterans.map((veteran) => [veteran.userId, veteran.body.residence?.cityId]));
    for (const course of courses)
      for (const run of course.runs) {
        for (const userId of run.enrolledVeteranUserIds) expect(cityOf.get(userId)).toBe(course.body.cityId);
        const open = Date.parse(run.body.enrolmentOpensAt) <= NOW.getTime();
        const notClosed = Date.parse(run.body.enrolmentClosesAt) > NOW.getTime();
        if (run.enrolledVeteranUserIds.length > 0) expect(open && notClosed).toBe(true);
      }
    const full = courses.flatMap((course) => course.runs).filter((run) => run.state === 'full-with-waitlist');
    expect(full.some((run) => run.enrolledVeteranUserIds.length > run.body.capacity)).toBe(true);
  });
});
