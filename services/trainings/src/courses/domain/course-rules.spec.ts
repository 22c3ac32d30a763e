import { veteranPaysFen } from './course';
import { CourseDraft, courseProblems } from './course-rules';

const forklift: CourseDraft = {
  title: '叉车操作培训',
  trainingId: 'forklift-course',
  skillIds: ['forklift-operation'],
  certificateIds: [],
  durationDays: 20,
  costFen: 280_000,
  veteranSubsidyFen: 280_000,
  provider: '南京市退役军人职业技能培训中心',
  cityId: 'nanjing',
  venue: '江宁区天元中路 8 号',
  mode: 'in-person',
};

describe('course rules', () => {
  it('takes a complete course and says it is free for veterans when fully subsidised', () => {
    expect(courseProblems(forklift)).toEqual([]);
    expect(veteranPaysFen(forklift)).toBe(0);
    expect(veteranPaysFen({ costFen: 300_000, veteranSubsidyFen: 200_000 })).toBe(100_000);
  });

  it('names the field of each broken rule', () => {
    const problems = courseProblems({
      ...forklift,
      veteranSubsidyFen: 300_000,
      venue: undefined,
      skillIds: [],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['veteranSubsidyFen', 'venue', 'skillIds']);
  });

  it('needs no venue online, and a course that only certifies is a course', () => {
    expect(
      courseProblems({
        ...forklift,
        mode: 'online',
        venue: undefined,
        skillIds: [],
        certificateIds: ['driving-licence-c1'],
      }),
    ).toEqual([]);
  });
});
