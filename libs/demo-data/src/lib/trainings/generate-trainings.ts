import { getCity, getTraining } from '@vetlink/taxonomy';
import { DemoRandom, type Seed } from '../random';
import { DAY_MS, shanghaiDate, startOfShanghaiDay } from '../time';
import type { DemoVeteran } from '../veterans/generate-veterans';

/**
 * The training part of the demo: the bureau's courses in the cities where the demo's veterans live, each
 * with runs in every state a run can be in before it starts (enrolment not yet open, open with seats,
 * full with a waitlist, closed before the start), and veterans of the city enrolled. Bodies are what the
 * trainings API takes (services/trainings/src/courses/course.dto.ts). Runs under way and finished, with
 * their completions, are recorded by the demo's seeder as a bureau records runs already held
 * (deploy/local/demo/support/trainings-seeder.ts, the `recorded-runs` route).
 */

/** POST /courses (trainings), sent by an officer. */
export interface PublishCourseBody {
  title: string;
  trainingId: string;
  description: string;
  skillIds: string[];
  certificateIds: string[];
  durationDays: number;
  costFen: number;
  veteranSubsidyFen: number;
  provider: string;
  cityId: string;
  venue: string;
  mode: 'in-person' | 'blended';
}

/** POST /courses/{id}/runs (trainings). */
export interface PublishRunBody {
  startsOn: string;
  endsOn: string;
  capacity: number;
  enrolmentOpensAt: string;
  enrolmentClosesAt: string;
}

export const DEMO_RUN_STATES = [
  'enrolment-open',
  'full-with-waitlist',
  'enrolment-not-open',
  'enrolment-closed',
] as const;
export type DemoRunState = (typeof DEMO_RUN_STATES)[number];

export interface DemoCourseRun {
  state: DemoRunState;
  body: PublishRunBody;
  /** Veterans of the course's city who enrol, in this order (beyond capacity they wait in line). */
  enrolledVeteranUserIds: string[];
}

export interface DemoCourse {
  body: PublishCourseBody;
  runs: DemoCourseRun[];
}

interface CourseKind {
  trainingId: string;
  durationDays: number;
  /** Yuan per day of teaching; veterans' share is what the bureau's subsidy leaves. */
  yuanPerDay: number;
  /** Share of the cost the bureau pays for a veteran (most vocational courses are free for them). */
  subsidy: number;
  provider: (city: string) => string;
  mode: PublishCourseBody['mode'];
}

const technicalCollege = (city: string) => `${city}技师学院`;
const veteransCentre = (city: string) => `${city}退役军人就业创业服务中心`;

/** The courses Jiangsu's bureaus buy for veterans most often, with what they typically cost. */
const COURSE_KINDS: readonly CourseKind[] = [
  {
    trainingId: 'forklift-course',
    durationDays: 10,
    yuanPerDay: 180,
    subsidy: 1,
    provider: technicalCollege,
    mode: 'in-person',
  },
  {
    trainingId: 'electrician-course',
    durationDays: 20,
    yuanPerDay: 150,
    subsidy: 1,
    provider: technicalCollege,
    mode: 'in-person',
  },
  {
    trainingId: 'security-management-course',
    durationDays: 7,
    yuanPerDay: 120,
    subsidy: 1,
    provider: veteransCentre,
    mode: 'in-person',
  },
  {
    trainingId: 'drone-flight-control',
    durationDays: 15,
    yuanPerDay: 450,
    subsidy: 0.5,
    provider: (city) => `${city}通用航空培训中心`,
    mode: 'in-person',
  },
  {
    trainingId: 'short-video-livestream',
    durationDays: 10,
    yuanPerDay: 200,
    subsidy: 1,
    provider: veteransCentre,
    mode: 'blended',
  },
  {
    trainingId: 'heavy-vehicle-licence-course',
    durationDays: 30,
    yuanPerDay: 260,
    subsidy: 0.6,
    provider: (city) => `${city}交通技工学校`,
    mode: 'in-person',
  },
  {
    trainingId: 'elderly-care-course',
    durationDays: 15,
    yuanPerDay: 120,
    subsidy: 1,
    provider: veteransCentre,
    mode: 'in-person',
  },
  {
    trainingId: 'fire-facility-operator-course',
    durationDays: 20,
    yuanPerDay: 160,
    subsidy: 1,
    provider: technicalCollege,
    mode: 'in-person',
  },
  {
    trainingId: 'entrepreneurship-course',
    durationDays: 10,
    yuanPerDay: 150,
    subsidy: 1,
    provider: veteransCentre,
    mode: 'blended',
  },
  {
    trainingId: 'huaiyang-cuisine-course',
    durationDays: 30,
    yuanPerDay: 140,
    subsidy: 1,
    provider: technicalCollege,
    mode: 'in-person',
  },
];

/** Xuyi, in Huai'an, trains its crayfish cooks itself. */
const CITY_SPECIALITIES: Readonly<Record<string, CourseKind>> = {
  huaian: {
    trainingId: 'crayfish-cooking-course',
    durationDays: 15,
    yuanPerDay: 160,
    subsidy: 1,
    provider: () => '盱眙龙虾学院',
    mode: 'in-person',
  },
};

const COURSES_PER_CITY = 4;
const RUN_CAPACITY = 20;
/** The run that fills up is small, so that the demo's few veterans of a city make a waitlist. */
const SMALL_RUN_CAPACITY = 3;

export function generateTrainingCourses(
  seed: Seed,
  veterans: readonly DemoVeteran[],
  now: Date = new Date(),
): DemoCourse[] {
  const today = startOfShanghaiDay(now);
  const byCity = new Map<string, DemoVeteran[]>();
  for (const veteran of veterans) {
    const cityId = veteran.body.residence?.cityId;
    if (cityId) byCity.set(cityId, [...(byCity.get(cityId) ?? []), veteran]);
  }
  return [...byCity.keys()].sort().flatMap((cityId) => {
    const random = DemoRandom.of(seed, 'trainings', cityId);
    const speciality = CITY_SPECIALITIES[cityId];
    const kinds = [...(speciality ? [speciality] : []), ...random.sample(COURSE_KINDS, COURSES_PER_CITY)];
    const learners = byCity.get(cityId) ?? [];
    return kinds
      .slice(0, COURSES_PER_CITY)
      .map((kind, index) => course(kind, cityId, runsFor(index, kind, learners, random, today)));
  });
}

/**
 * The course a city's bureau would buy for a taxonomy training: what it teaches directly and certifies,
 * with the typical duration, price and subsidy (ten days, free for veterans, when the demo knows no better).
 */
export function bureauCourseBody(trainingId: string, cityId: string): PublishCourseBody {
  const kind = [...COURSE_KINDS, ...Object.values(CITY_SPECIALITIES)].find(
    (known) => known.trainingId === trainingId,
  ) ?? {
    trainingId,
    durationDays: 10,
    yuanPerDay: 150,
    subsidy: 1,
    provider: veteransCentre,
    mode: 'in-person',
  };
  return course(kind, cityId, []).body;
}

/** A run of a course of `durationDays` standing in `state` on the day of `now`. */
export function demoRunBody(state: DemoRunState, durationDays: number, now: Date): PublishRunBody {
  return runBody(state, durationDays, startOfShanghaiDay(now));
}

function course(kind: CourseKind, cityId: string, runs: DemoCourseRun[]): DemoCourse {
  const training = getTraining(kind.trainingId);
  const city = getCity(cityId);
  if (!training || !city) throw new Error(`unknown training ${kind.trainingId} or city ${cityId}`);
  const costFen = kind.durationDays * kind.yuanPerDay * 100;
  return {
    body: {
      title: `${city.zh}${training.zh}`,
      trainingId: training.id,
      description: `面向退役军人的${training.zh}，理论与实操结合，结业考核合格颁发相应证书，并推荐对口岗位。`,
      skillIds: training.skills.filter((link) => link.strength === 'direct').map((link) => link.skillId),
      certificateIds: [...(training.certificatesAwarded ?? [])],
      durationDays: kind.durationDays,
      costFen,
      veteranSubsidyFen: Math.round(costFen * kind.subsidy),
      provider: kind.provider(city.zh),
      cityId,
      venue: `${kind.provider(city.zh)}实训楼`,
      mode: kind.mode,
    },
    runs,
  };
}

/** Course i of a city: the first gets a run that fills up, every course gets the other three states. */
function runsFor(
  courseIndex: number,
  kind: CourseKind,
  learners: readonly DemoVeteran[],
  random: DemoRandom,
  today: Date,
): DemoCourseRun[] {
  const interested = random.sample(learners, Math.min(learners.length, 8)).map((veteran) => veteran.userId);
  const states: DemoRunState[] =
    courseIndex === 0
      ? ['full-with-waitlist', 'enrolment-not-open', 'enrolment-closed']
      : ['enrolment-open', 'enrolment-not-open', 'enrolment-closed'];
  return states.map((state) => ({
    state,
    body: runBody(state, kind.durationDays, today),
    enrolledVeteranUserIds:
      state === 'full-with-waitlist'
        ? interested.slice(0, SMALL_RUN_CAPACITY + 2)
        : state === 'enrolment-open'
          ? interested.slice(0, 3)
          : [],
  }));
}

function runBody(state: DemoRunState, durationDays: number, today: Date): PublishRunBody {
  const day = (offset: number) => new Date(today.getTime() + offset * DAY_MS);
  const plan: Record<DemoRunState, { opens: number; closes: number; starts: number; capacity: number }> = {
    'enrolment-open': { opens: -3, closes: 12, starts: 14, capacity: RUN_CAPACITY },
    'full-with-waitlist': { opens: -5, closes: 8, starts: 10, capacity: SMALL_RUN_CAPACITY },
    'enrolment-not-open': { opens: 20, closes: 40, starts: 45, capacity: RUN_CAPACITY },
    'enrolment-closed': { opens: -20, closes: -1, starts: 3, capacity: RUN_CAPACITY },
  };
  const { opens, closes, starts, capacity } = plan[state];
  return {
    startsOn: shanghaiDate(day(starts)),
    endsOn: shanghaiDate(day(starts + calendarDays(durationDays) - 1)),
    capacity,
    enrolmentOpensAt: day(opens).toISOString(),
    enrolmentClosesAt: day(closes).toISOString(),
  };
}

/** Teaching days on weekdays: a course of 10 days runs over two calendar weeks. */
function calendarDays(teachingDays: number): number {
  return teachingDays + 2 * Math.floor((teachingDays - 1) / 5);
}
