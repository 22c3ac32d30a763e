/**
 * Where the first skill-gap request's time goes, without the service: the taxonomy's first use, then
 * `analyseSkillGaps` over 3,000 synthetic jobs × 30 courses, cold, again, and on fresh job objects (whose
 * per-job memos in libs/matching-score are empty while the compiled code is warm). Prints figures only.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register services/trainings/bench/cold-analysis.ts
 */
import { Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';
import { getTraining, listEntries } from '@vetlink/taxonomy';
import { analyseSkillGaps } from '../src/skill-gaps/domain/skill-gaps';

const CITY = 'nanjing';
const now = new Date();

function timed(label: string, work: () => unknown): void {
  const started = performance.now();
  work();
  process.stdout.write(`${label}: ${(performance.now() - started).toFixed(0)} ms\n`);
}

const jobsOf = () => {
  const random = new Random(2026);
  return Array.from({ length: 3000 }, (_, index) => syntheticJob(random, index, now, { cities: [CITY] }));
};

let trainingIds: string[] = [];
timed('the taxonomy, validated on first use', () => {
  trainingIds = listEntries('training').map((training) => training.id);
});
const courses = trainingIds.slice(0, 30).map((trainingId, index) => {
  const training = getTraining(trainingId);
  if (!training) throw new Error(`no training ${trainingId}`);
  return {
    courseId: `course-${index}`,
    title: training.zh,
    skillIds: training.skills.filter((link) => link.strength === 'direct').map((link) => link.skillId),
    certificateIds: [...(training.certificatesAwarded ?? [])],
  };
});
const random = new Random(7);
const veterans = Array.from({ length: 5 }, (_, index) => ({
  ...syntheticVeteran(random, index, { homeCities: [CITY] }),
  veteranId: `veteran-${index}`,
  jobSeekingStatus: 'actively-looking' as const,
}));
const jobs = jobsOf();
timed('first analysis (cold code, empty per-job memos)', () =>
  analyseSkillGaps(veterans[0], jobs, courses, now),
);
timed('second, another veteran, same jobs', () => analyseSkillGaps(veterans[1], jobs, courses, now));
timed('third, same jobs', () => analyseSkillGaps(veterans[2], jobs, courses, now));
const fresh = jobsOf();
timed('fresh job objects (warm code, empty memos)', () => analyseSkillGaps(veterans[3], fresh, courses, now));
timed('the same fresh objects again', () => analyseSkillGaps(veterans[4], fresh, courses, now));
