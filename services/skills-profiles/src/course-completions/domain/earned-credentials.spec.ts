import type { CourseCompletedPayload } from '@vetlink/contracts';
import { contentOf, PROFILE_LIST_LIMITS, ProfileContent } from '@vetlink/profiles';
import { bareProfile, driverProfile } from '@vetlink/profiles/testing';
import {
  COURSE_SKILL_LEVEL,
  courseCompletionOf,
  creditCourseCompletion,
  isCredited,
} from './earned-credentials';

const completedAt = '2026-11-20T08:00:00.000Z';

function forkliftPayload(overrides: Partial<CourseCompletedPayload> = {}): CourseCompletedPayload {
  return {
    enrolmentId: 'enrolment-1',
    runId: 'run-1',
    courseId: 'course-forklift',
    veteranId: 'veteran-1',
    courseTitle: '叉车司机培训',
    cityId: 'nanjing',
    startsOn: '2026-11-01',
    endsOn: '2026-11-20',
    trainingId: 'forklift-course',
    skillIds: ['forklift-operation', 'light-vehicle-driving'],
    certificateIds: ['forklift-licence'],
    attendancePercent: 95,
    recordedBy: 'officer-7',
    completedAt,
    ...overrides,
  };
}

const courseSource = {
  kind: 'course',
  courseId: 'course-forklift',
  runId: 'run-1',
  enrolmentId: 'enrolment-1',
  courseTitle: '叉车司机培训',
} as const;
const byCourse = { verifiedBy: 'officer-7', verifiedAt: new Date(completedAt), source: courseSource };
const byOfficer = {
  verifiedBy: 'officer-1',
  verifiedAt: new Date('2026-10-01T00:00:00Z'),
  source: { kind: 'officer' } as const,
};

function credit(content: ProfileContent, payload = forkliftPayload()): ProfileContent {
  return creditCourseCompletion(content, courseCompletionOf(payload));
}

describe("crediting a completed course to a veteran's profile", () => {
  it("adds the course's skills at the level the gap analysis assumed, verified with the course as source", () => {
    const credited = credit(contentOf(bareProfile()));
    expect(credited.skills).toEqual([
      { skillId: 'forklift-operation', level: COURSE_SKILL_LEVEL, verification: byCourse },
      { skillId: 'light-vehicle-driving', level: COURSE_SKILL_LEVEL, verification: byCourse },
    ]);
  });

  it('keeps a higher declared level, now verified, and raises a lower one to the course level', () => {
    const content = contentOf(
      bareProfile({
        skills: [
          { skillId: 'light-vehicle-driving', level: 4, verification: null },
          { skillId: 'forklift-operation', level: 1, verification: byOfficer },
        ],
      }),
    );
    expect(credit(content).skills).toEqual([
      { skillId: 'light-vehicle-driving', level: 4, verification: byCourse },
      { skillId: 'forklift-operation', level: 3, verification: byCourse },
    ]);
  });

  it("leaves an officer's verification at the course level or above as it was, other skills untouched", () => {
    const content = contentOf(
      bareProfile({
        skills: [
          { skillId: 'first-aid', level: 2, verification: null },
          { skillId: 'forklift-operation', level: 3, verification: byOfficer },
        ],
      }),
    );
    const [firstAid, forklift] = credit(content).skills;
    expect(firstAid).toEqual({ skillId: 'first-aid', level: 2, verification: null });
    expect(forklift).toEqual({ skillId: 'forklift-operation', level: 3, verification: byOfficer });
  });

  it('adds the certificates and the training once, and keeps the completion as their provenance', () => {
    const credited = credit(
      contentOf(driverProfile({ certificateIds: ['driving-licence-c1', 'forklift-licence'] })),
    );
    expect(credited.certificateIds).toEqual(['driving-licence-c1', 'forklift-licence']);
    expect(credited.trainingIds).toEqual(['drone-flight-control', 'forklift-course']);
    expect(credited.courseCompletions).toEqual([
      {
        courseId: 'course-forklift',
        runId: 'run-1',
        enrolmentId: 'enrolment-1',
        courseTitle: '叉车司机培训',
        trainingId: 'forklift-course',
        skillIds: ['forklift-operation', 'light-vehicle-driving'],
        certificateIds: ['forklift-licence'],
        attendancePercent: 95,
        recordedBy: 'officer-7',
        completedAt: new Date(completedAt),
      },
    ]);
    expect(isCredited(credited, 'enrolment-1')).toBe(true);
  });

  it('credits an enrolment once: a second completion of it, even saying more, changes nothing', () => {
    const once = credit(contentOf(bareProfile()));
    const again = credit(once, forkliftPayload({ certificateIds: ['electrician-licence'], recordedBy: 'x' }));
    expect(again).toBe(once);
  });

  it('credits another enrolment of the same course as a completion of its own', () => {
    const once = credit(contentOf(bareProfile()));
    const twice = credit(once, forkliftPayload({ enrolmentId: 'enrolment-2', runId: 'run-2' }));
    expect(twice.courseCompletions.map((completion) => completion.enrolmentId)).toEqual([
      'enrolment-1',
      'enrolment-2',
    ]);
    expect(twice.skills).toEqual(once.skills);
    expect(twice.certificateIds).toEqual(['forklift-licence']);
  });

  it('leaves the trainings alone for a course that is no taxonomy training, and drops repeated ids', () => {
    const payload = forkliftPayload({
      trainingId: undefined,
      skillIds: ['forklift-operation', 'forklift-operation'],
    });
    const credited = credit(contentOf(bareProfile()), payload);
    expect(credited.trainingIds).toEqual([]);
    expect(credited.skills.map((skill) => skill.skillId)).toEqual(['forklift-operation']);
    expect(credited.courseCompletions[0]?.trainingId).toBeNull();
  });

  it('never grows a list past what the veteran may write back', () => {
    const full = Array.from({ length: PROFILE_LIST_LIMITS.certificateIds }, (_, index) => `cert-${index}`);
    const credited = credit(contentOf(bareProfile({ certificateIds: full })));
    expect(credited.certificateIds).toEqual(full);
    expect(credited.courseCompletions[0]?.certificateIds).toEqual(['forklift-licence']);
  });
});
