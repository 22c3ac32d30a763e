import { DEFAULT_POLICY, isPushWorthy, scoreMatch } from '@vetlink/matching-score';
import {
  driverVeteran,
  forkliftJob,
  NOW,
  Random,
  syntheticJob,
  syntheticVeteran,
  veteranFrom,
} from '@vetlink/matching-score/testing';
import { listEntries } from '@vetlink/taxonomy';
import {
  afterCourse,
  closedJobs,
  CourseOffer,
  JOBS_SHOWN_BY_DEFAULT,
  suggestCourses,
} from './course-suggestions';

const drivingCourse: CourseOffer = {
  courseId: 'course-c1',
  title: 'C1 驾驶证培训',
  skillIds: ['light-vehicle-driving'],
  certificateIds: ['driving-licence-c1'],
};
const forkliftCourse: CourseOffer = {
  courseId: 'course-forklift',
  title: '叉车操作培训',
  skillIds: ['forklift-operation', 'loading-unloading', 'warehouse-operations'],
  certificateIds: ['forklift-licence'],
};
const cookingCourse: CourseOffer = {
  courseId: 'course-crayfish',
  title: '盱眙小龙虾烹饪培训',
  skillIds: ['crayfish-cooking'],
  certificateIds: ['chinese-chef-certificate'],
};

/** A delivery-van job in Jiangning that needs a C1 licence. */
const vanJob = (jobId: string, max: number) =>
  forkliftJob({
    jobId,
    title: '轻型货车驾驶员（C1）',
    occupationId: 'delivery-driver',
    requiredSkills: [{ skillId: 'light-vehicle-driving', level: 2 }],
    preferredSkills: [],
    requiredCertificates: ['driving-licence-c1'],
    salary: { min: 6000, max },
  });

const jobs = [vanJob('van-1', 7500), vanJob('van-2', 8500), vanJob('van-3', 7000), forkliftJob()];

/** A wheeled-vehicle driver who never got a civilian licence: no C1, no forklift licence. */
const unlicensed = veteranFrom(
  { specialties: ['wheeled-vehicle-driver'], rankId: 'sergeant' },
  { preferredCityIds: ['nanjing'], radiusKm: 30, employmentTypes: ['full-time'] },
);

describe('course suggestions from skill gaps', () => {
  it('puts the driving course first for a veteran without a C1 licence, with the jobs it unlocks', () => {
    const suggestions = suggestCourses(unlicensed, jobs, [cookingCourse, forkliftCourse, drivingCourse], NOW);
    expect(suggestions[0]).toMatchObject({
      courseId: 'course-c1',
      unlockedJobIds: expect.arrayContaining(['van-1', 'van-2', 'van-3']),
      pay: { min: 6000, max: 8500 },
    });
    expect(suggestions[0].unlockedJobIds).toHaveLength(3);
    expect(suggestions[0].examples[0].scoreAfter).toBeGreaterThanOrEqual(60);
    // The forklift course opens the forklift job only; the cooking course opens nothing and is left out.
    expect(suggestions.map((suggestion) => suggestion.courseId)).toEqual(['course-c1', 'course-forklift']);
    expect(suggestions[1].unlockedJobIds).toEqual(['job-forklift']);
  });

  it('lists as many unlocked jobs as asked, best score first, all of them counted either way', () => {
    const courses = [drivingCourse];
    const [two] = suggestCourses(unlicensed, jobs, courses, NOW, { jobsShown: 2 });
    const [all] = suggestCourses(unlicensed, jobs, courses, NOW, { jobsShown: 100 });
    const [byDefault] = suggestCourses(unlicensed, jobs, courses, NOW);
    expect(two.examples).toHaveLength(2);
    expect(two.unlockedJobIds).toHaveLength(3);
    expect(all.examples).toHaveLength(3);
    expect(two.examples).toEqual(all.examples.slice(0, 2));
    expect(byDefault.examples).toHaveLength(Math.min(3, JOBS_SHOWN_BY_DEFAULT));
    const scores = all.examples.map((job) => job.scoreAfter);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('suggests nothing to a veteran who has nothing to gain', () => {
    // An A2 licence covers C1 and the forklift licence is held: every job is open already.
    expect(
      suggestCourses(driverVeteran(), jobs, [drivingCourse, forkliftCourse, cookingCourse], NOW),
    ).toEqual([]);
  });
});

describe('course suggestions: skipping jobs a course does not touch changes nothing', () => {
  it('gives the unlocked jobs that scoring every closed job after every course gives (synthetic, seeded)', () => {
    const random = new Random(20);
    const jobs = Array.from({ length: 300 }, (_, index) =>
      syntheticJob(random, index, NOW, { cities: ['nanjing', 'zhenjiang'] }),
    );
    const courses: CourseOffer[] = listEntries('training').map((training) => ({
      courseId: training.id,
      title: training.zh,
      skillIds: training.skills.map((link) => link.skillId),
      certificateIds: training.certificatesAwarded ?? [],
    }));
    let suggestions = 0;
    for (let index = 0; index < 5; index += 1) {
      const veteran = syntheticVeteran(random, index, { homeCities: ['nanjing'] });
      const closed = closedJobs(veteran, jobs, NOW);
      const bruteForce = courses
        .map((course) => ({
          courseId: course.courseId,
          unlocked: closed
            .filter((job) => isPushWorthy(scoreMatch(job, afterCourse(veteran, course), NOW), DEFAULT_POLICY))
            .map((job) => job.jobId)
            .sort(),
        }))
        .filter(({ unlocked }) => unlocked.length > 0);
      const suggested = suggestCourses(veteran, jobs, courses, NOW).map((suggestion) => ({
        courseId: suggestion.courseId,
        unlocked: [...suggestion.unlockedJobIds].sort(),
      }));
      expect(sortById(suggested)).toEqual(sortById(bruteForce));
      suggestions += suggested.length;
    }
    expect(suggestions).toBeGreaterThan(0);
  });
});

function sortById<T extends { courseId: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.courseId.localeCompare(b.courseId));
}
