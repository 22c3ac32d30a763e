import { driverVeteran, forkliftJob, NOW, truckJob, veteranFrom } from '@vetlink/matching-score/testing';
import { CourseOffer } from './course-suggestions';
import { analyseSkillGaps } from './skill-gaps';

const drivingCourse: CourseOffer = {
  courseId: 'course-c1',
  title: 'C1 驾驶证培训',
  skillIds: ['light-vehicle-driving'],
  certificateIds: ['driving-licence-c1'],
};
const forkliftCourse: CourseOffer = {
  courseId: 'course-forklift',
  title: '叉车操作培训',
  skillIds: ['forklift-operation'],
  certificateIds: ['forklift-licence'],
};

const vanJob = (jobId: string) =>
  forkliftJob({
    jobId,
    title: '轻型货车驾驶员（C1）',
    occupationId: 'delivery-driver',
    requiredSkills: [{ skillId: 'light-vehicle-driving', level: 2 }],
    preferredSkills: [],
    requiredCertificates: ['driving-licence-c1'],
  });

const unlicensed = veteranFrom(
  { specialties: ['wheeled-vehicle-driver'], rankId: 'sergeant' },
  { preferredCityIds: ['nanjing'], radiusKm: 30, employmentTypes: ['full-time'] },
);

describe('skill gaps', () => {
  it('counts the certificates and skills that stand between the veteran and good jobs nearby, with the courses closing them', () => {
    const jobs = [vanJob('van-1'), vanJob('van-2'), forkliftJob()];
    const analysis = analyseSkillGaps(unlicensed, jobs, [forkliftCourse, drivingCourse], NOW);
    expect(analysis).toMatchObject({ jobsConsidered: 3, jobsOpenToday: 0 });
    expect(analysis.gaps[0]).toEqual({
      kind: 'certificate',
      id: 'driving-licence-c1',
      jobCount: 2,
      onlyGapIn: 2,
      courseIds: ['course-c1'],
    });
    expect(analysis.gaps).toContainEqual(
      expect.objectContaining({ kind: 'certificate', id: 'forklift-licence', jobCount: 1 }),
    );
    expect(analysis.suggestions.map((suggestion) => suggestion.courseId)).toEqual([
      'course-c1',
      'course-forklift',
    ]);
    expect(analysis.suggestions[0].examples[0]).toMatchObject({
      employerName: '南京顺达物流有限公司',
      cityId: 'nanjing',
      salary: { min: 6000, max: 8000 },
    });
  });

  it('leaves out what no course could change: a job too far away is no gap', () => {
    const farAway = vanJob('van-far');
    const jobs = [
      { ...farAway, location: { cityId: 'xuzhou', districtId: 'xuzhou-gulou', lat: 34.29, lng: 117.19 } },
    ];
    const analysis = analyseSkillGaps(unlicensed, jobs, [drivingCourse], NOW);
    expect(analysis.gaps).toEqual([]);
    expect(analysis.suggestions).toEqual([]);
  });

  it('finds nothing for a veteran who already qualifies', () => {
    const analysis = analyseSkillGaps(
      driverVeteran(),
      [vanJob('van-1'), forkliftJob()],
      [drivingCourse],
      NOW,
    );
    expect(analysis).toMatchObject({ jobsOpenToday: 2, gaps: [], suggestions: [] });
  });

  it('a course touching nothing a job scores is not scored again, and unlocks nothing there', () => {
    // The truck job needs heavy-truck driving too: the C1 course alone does not open it.
    const analysis = analyseSkillGaps(unlicensed, [truckJob()], [forkliftCourse], NOW);
    expect(analysis.suggestions).toEqual([]);
  });
});
