import { driverVeteran, forkliftJob, NOW, veteranFrom } from '@vetlink/matching-score/testing';
import { CourseOffer, suggestCourses } from './course-suggestions';

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

  it('suggests nothing to a veteran who has nothing to gain', () => {
    // An A2 licence covers C1 and the forklift licence is held: every job is open already.
    expect(
      suggestCourses(driverVeteran(), jobs, [drivingCourse, forkliftCourse, cookingCourse], NOW),
    ).toEqual([]);
  });
});
