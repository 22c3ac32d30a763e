/**
 * Writes the labelled evaluation set: 36 veterans × 300 jobs in three neighbouring cities (Nanjing,
 * Zhenjiang, Yangzhou), every pair graded 0-3 with a one-line reason by ./grading-rules.ts.
 * Deterministic: the same seed always writes the same files.
 *
 *   npx nx run matching:eval-set
 */
import { listEntries } from '@vetlink/taxonomy';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobForMatching, VeteranForMatching } from '@vetlink/matching-score';
import { Random, syntheticJob, syntheticVeteran } from '@vetlink/matching-score/testing';
import { gradePair } from './grading-rules';

export const EVAL_SEED = 31_102;
export const EVAL_NOW = new Date('2026-11-02T01:00:00Z');
const CITIES = ['nanjing', 'zhenjiang', 'yangzhou'];
const VETERANS = 36;
const JOBS = 300;

export function buildEvalSet(): { veterans: VeteranForMatching[]; jobs: JobForMatching[] } {
  const random = new Random(EVAL_SEED);
  // Everyone actively looking: the set is about ranking, not about who gets pushes at all.
  // Commuters across the three cities, so that most jobs are within reach of most veterans.
  const veterans = Array.from({ length: VETERANS }, (_, index) => ({
    ...syntheticVeteran(random, index, { homeCities: CITIES }),
    jobSeekingStatus: 'actively-looking' as const,
    radiusKm: random.pick([30, 50, 80, 80, null]),
  }));
  // Two jobs in three in an occupation that some veteran's service (or wish) leads to, the rest anything,
  // as a real job board mixes them.
  const occupations = listEntries('occupation');
  const jobs = Array.from({ length: JOBS }, (_, index) => {
    const job = syntheticJob(random, index, EVAL_NOW, { cities: CITIES, certificateChance: 0.25 });
    if (index % 3 === 2) return job;
    const someone = random.pick(veterans);
    const leadsTo = [
      ...someone.desiredOccupationIds,
      ...someone.derivedOccupations
        .filter((occupation) => occupation.strength !== 'transferable')
        .map((occupation) => occupation.occupationId),
    ];
    if (leadsTo.length === 0) return job;
    const occupationId = random.pick(leadsTo);
    const occupation = occupations.find((entry) => entry.id === occupationId);
    if (!occupation) return job;
    const required = random.sample(
      occupation.coreSkills,
      random.int(1, Math.min(3, occupation.coreSkills.length)),
    );
    return {
      ...job,
      occupationId,
      title: occupation.zh,
      requiredSkills: required.map((skillId) => ({ skillId, level: random.int(2, 4) })),
    };
  });
  return { veterans, jobs };
}

function main() {
  const { veterans, jobs } = buildEvalSet();
  const lines = ['veteranId\tjobId\tgrade\treason'];
  const histogram = [0, 0, 0, 0];
  for (const veteran of veterans) {
    for (const job of jobs) {
      const { grade, reason } = gradePair(job, veteran);
      histogram[grade] = (histogram[grade] ?? 0) + 1;
      lines.push(`${veteran.veteranId}\t${job.jobId}\t${grade}\t${reason}`);
    }
  }
  const folder = join(__dirname, 'data');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'eval-set.json'),
    `${JSON.stringify({ seed: EVAL_SEED, now: EVAL_NOW.toISOString(), veterans, jobs }, null, 1)}\n`,
  );
  writeFileSync(join(folder, 'labels.tsv'), `${lines.join('\n')}\n`);
  print(
    `${veterans.length} veterans × ${jobs.length} jobs = ${lines.length - 1} graded pairs; grades 0/1/2/3: ${histogram.join(' / ')}`,
  );
}

if (require.main === module) main();

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
