/**
 * Ranks the 300 jobs of the evaluation set for each of its 36 veterans in three ways and prints
 * nDCG@10 and precision@10 (share of the top 10 graded 2 or 3) against the labels:
 *
 *   text         what a veteran would type: the names of their military specialties and wished-for
 *                occupations, as free text over open jobs (the search engine's ranking, with the
 *                crosswalk's civilian synonyms in its settings);
 *   text+civil   the same, but typing the civilian occupations their service leads to (the crosswalk
 *                applied to the query), still ranked by text relevance alone;
 *   civil+hard   the same text, within the candidate filters (the hard requirements: reach, pay,
 *                employment type, certificates) but without the score;
 *   matching     the service's own ranking (src/ranking/ranking.ts): candidate filters, then the domain score.
 *
 *   npx nx run matching:eval            (after `npx nx run matching:eval-set` when the rules change)
 *   MEILI_HOST=http://127.0.0.1:7700 MEILI_MASTER_KEY=… npx nx run matching:eval   (on Meilisearch)
 */
import { createSearchEngine, type SearchIndex } from '@vetlink/search';
import { getOccupation, getSpecialty } from '@vetlink/taxonomy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JobForMatching, type VeteranForMatching, DEFAULT_POLICY } from '@vetlink/matching-score';
import { Ranking } from '../src/ranking/ranking';
import { jobsForVeteranFilter } from '../src/search/domain/candidate-filters';
import { jobIndexSettings } from '../src/search/domain/index-settings';
import { jobSearchDocument, JobSearchDocument } from '../src/search/domain/search-documents';
import type { MatchIndexes } from '../src/search/match-indexes';

const K = 10;

interface EvalSet {
  now: string;
  veterans: VeteranForMatching[];
  jobs: JobForMatching[];
}

type Ranker = (veteran: VeteranForMatching) => Promise<string[]>;

async function main() {
  const folder = join(__dirname, 'data');
  const set = JSON.parse(readFileSync(join(folder, 'eval-set.json'), 'utf8')) as EvalSet;
  const grades = new Map<string, number>();
  for (const line of readFileSync(join(folder, 'labels.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [veteranId, jobId, grade] = line.split('\t');
    grades.set(`${veteranId}|${jobId}`, Number(grade));
  }
  const now = new Date(set.now);
  // The engine from the environment, as the service chooses it: Meilisearch when MEILI_HOST is set.
  const engine = createSearchEngine(process.env);
  const indexName = `eval-jobs-${Date.now().toString(36)}`;
  print(
    `search engine: ${process.env['MEILI_HOST'] ? `Meilisearch at ${process.env['MEILI_HOST']}` : 'embedded'}`,
  );
  try {
    await evaluate(set, grades, now, engine.index<JobSearchDocument>(indexName));
  } finally {
    await engine.deleteIndex(indexName);
    await engine.close();
  }
}

async function evaluate(
  set: EvalSet,
  grades: Map<string, number>,
  now: Date,
  index: SearchIndex<JobSearchDocument>,
): Promise<void> {
  await index.applySettings(jobIndexSettings());
  await index.upsert(
    set.jobs.map((job) => jobSearchDocument(job, { status: 'open', description: job.title })),
  );
  const open = { op: 'eq' as const, field: 'status', value: 'open' };
  const ranking = new Ranking(
    { jobs: index } as MatchIndexes,
    {
      policy: DEFAULT_POLICY,
      candidateLimit: 500,
      maxPushesPerJob: 2000,
      maxPushesPerProfileChange: 10,
      pushWindowHours: 72,
    },
    { now: () => now },
  );

  const textSearch =
    (termsOf: (veteran: VeteranForMatching) => string[], withFilters = false): Ranker =>
    async (veteran) => {
      const filter = withFilters ? jobsForVeteranFilter(veteran) : open;
      // One search per term (the engine requires every word of a query), merged by taking each
      // search's best in turn, as a person would read several result lists.
      const lists: string[][] = [];
      for (const text of [...new Set(termsOf(veteran).filter(Boolean))]) {
        const result = await index.search({ text, filter, limit: K });
        lists.push(result.hits.map((hit) => hit.document.id));
      }
      const merged: string[] = [];
      for (let position = 0; merged.length < K && lists.some((list) => position < list.length); position++) {
        for (const list of lists) {
          const id = list[position];
          if (id !== undefined && !merged.includes(id) && merged.length < K) merged.push(id);
        }
      }
      return merged;
    };
  const rankers: Record<string, Ranker> = {
    text: textSearch((veteran) => [
      ...(veteran.derivedOccupations.length ? specialtyNames(veteran) : []),
      ...veteran.desiredOccupationIds.map((id) => getOccupation(id)?.zh ?? ''),
    ]),
    'text+civil': textSearch(civilianTerms),
    'civil+hard': textSearch(civilianTerms, true),
    matching: async (veteran) =>
      (await ranking.jobsFor(veteran)).slice(0, K).map(({ document }) => document.id),
  };

  const judged = set.veterans.filter((veteran) =>
    set.jobs.some((job) => (grades.get(`${veteran.veteranId}|${job.jobId}`) ?? 0) >= 2),
  );
  print(
    `evaluation set: ${set.veterans.length} veterans × ${set.jobs.length} jobs; ${judged.length} veterans have a job graded 2 or 3`,
  );
  const idealPrecision =
    judged.reduce(
      (sum, veteran) =>
        sum +
        Math.min(
          K,
          set.jobs.filter((job) => (grades.get(`${veteran.veteranId}|${job.jobId}`) ?? 0) >= 2).length,
        ) /
          K,
      0,
    ) / judged.length;
  print(
    `${'ranker'.padEnd(12)} nDCG@${K}  P@${K}   (mean over those ${judged.length} veterans; the best possible P@${K} is ${idealPrecision.toFixed(3)})`,
  );
  for (const [name, rank] of Object.entries(rankers)) {
    let ndcgSum = 0;
    let precisionSum = 0;
    for (const veteran of judged) {
      const gradeOf = (jobId: string) => grades.get(`${veteran.veteranId}|${jobId}`) ?? 0;
      const ranked = await rank(veteran);
      const ideal = set.jobs
        .map((job) => gradeOf(job.jobId))
        .sort((a, b) => b - a)
        .slice(0, K);
      ndcgSum += dcg(ranked.map(gradeOf)) / dcg(ideal);
      precisionSum += ranked.slice(0, K).filter((jobId) => gradeOf(jobId) >= 2).length / K;
    }
    print(
      `${name.padEnd(12)} ${(ndcgSum / judged.length).toFixed(3)}    ${(precisionSum / judged.length).toFixed(3)}`,
    );
  }
}

/** The civilian occupations a veteran asked for or their service leads to directly, by name. */
function civilianTerms(veteran: VeteranForMatching): string[] {
  return [
    ...veteran.desiredOccupationIds,
    ...veteran.derivedOccupations.filter((o) => o.strength === 'direct').map((o) => o.occupationId),
  ].map((id) => getOccupation(id)?.zh ?? '');
}

function specialtyNames(veteran: VeteranForMatching): string[] {
  const ids = new Set(
    veteran.derivedOccupations.flatMap((occupation) =>
      occupation.from.filter((from) => from.kind === 'specialty').map((from) => from.id),
    ),
  );
  return [...ids].map((id) => getSpecialty(id)?.zh ?? '');
}

/** Discounted cumulative gain of the first K grades, with gain 2^grade - 1. */
function dcg(grades: number[]): number {
  return grades
    .slice(0, K)
    .reduce((sum, grade, position) => sum + (2 ** grade - 1) / Math.log2(position + 2), 0);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
