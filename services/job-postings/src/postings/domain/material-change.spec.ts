import { JobDetails } from './job';
import { sampleJob } from './job.fixture';
import { isMaterialChange } from './material-change';

describe('material change (what matching must react to)', () => {
  const before: JobDetails = sampleJob();

  it.each<[string, Partial<JobDetails>]>([
    ['title', { title: '安保主管' }],
    ['occupation', { occupationId: 'security-manager' }],
    [
      'a required skill level',
      {
        requiredSkills: [
          { skillId: 'site-patrol', level: 4 },
          { skillId: 'first-aid', level: 2 },
        ],
      },
    ],
    ['preferred skills', { preferredSkills: [] }],
    ['certificates', { requiredCertificates: ['security-guard-certificate', 'driving-licence-c1'] }],
    ['the district', { location: { ...before.location, districtId: 'nanjing-qinhuai' } }],
    ['the coordinates', { location: { ...before.location, lat: 32.1 } }],
    ['salary', { salary: { min: 6500, max: 8500 } }],
    ['employment type', { employmentType: 'contract' }],
    ['veterans only', { veteransOnly: true }],
    ['veteran priority', { veteranPriority: false }],
    ['the skills typed as text', { skillTexts: ['门岗值守'] }],
  ])('is material when %s changes', (_what, change) => {
    expect(isMaterialChange(before, { ...before, ...change })).toBe(true);
  });

  it.each<[string, Partial<JobDetails>]>([
    ['the description', { description: '负责园区安保。' }],
    ['benefits', { benefits: ['五险一金'] }],
    ['headcount', { headcount: 5 }],
    ['the deadline', { deadline: new Date('2025-05-31T15:59:59.000Z') }],
    ['the order of skills', { requiredSkills: [...before.requiredSkills].reverse() }],
    ['the order of certificates', { requiredCertificates: [...before.requiredCertificates].reverse() }],
    ['no typed skills becoming an empty list of them', { skillTexts: [] }],
  ])('is not material when only %s changes', (_what, change) => {
    expect(isMaterialChange(before, { ...before, ...change })).toBe(false);
  });
});
