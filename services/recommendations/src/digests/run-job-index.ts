import { Inject, Injectable } from '@nestjs/common';
import { jobForMatching } from '@vetlink/matching-score';
import { createLogger } from '@vetlink/logging';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { SERVICE_NAME } from '../service-name';
import { RecommendationsSettings, SETTINGS } from '../settings.module';
import { CandidateIndex } from './domain/candidate-index';
import type { DigestJob } from './domain/digest-job';
import { oldestWindowStart } from './domain/digest-window';
import { RunJobSnapshots } from './run-job-snapshots';

/** Runs whose jobs one process keeps in memory at a time (the weekly run and, say, a dry run). */
const RUNS_KEPT = 2;

/**
 * The jobs a run can feature (open, new within the longest window), indexed in memory once per run and
 * process: every digest of the run on this worker reads the same index. The jobs come from the run's
 * snapshot in Redis; only the first to ask (the run job, before it fans out) reads them from FerretDB
 * and stores the snapshot.
 */
@Injectable()
export class RunJobIndex {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'run-job-index' });
  private readonly loaded = new Map<string, Promise<CandidateIndex>>();

  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly snapshots: RunJobSnapshots,
    @Inject(SETTINGS) private readonly settings: RecommendationsSettings,
  ) {}

  forRun(runId: string, until: Date): Promise<CandidateIndex> {
    const held = this.loaded.get(runId);
    if (held) return held;
    const loading = this.load(runId, until);
    loading.catch(() => this.loaded.delete(runId));
    this.loaded.set(runId, loading);
    for (const older of [...this.loaded.keys()].slice(0, -RUNS_KEPT)) this.loaded.delete(older);
    return loading;
  }

  private async load(runId: string, until: Date): Promise<CandidateIndex> {
    const started = Date.now();
    const stored = await this.snapshots.load(runId);
    const jobs = stored ?? (await this.fromReadModel(until));
    if (!stored) await this.snapshots.store(runId, jobs);
    const index = new CandidateIndex(jobs);
    this.logger.info(
      { runId, jobs: index.size, from: stored ? 'snapshot' : 'read model', ms: Date.now() - started },
      'jobs of the run loaded',
    );
    return index;
  }

  private async fromReadModel(until: Date): Promise<DigestJob[]> {
    const jobs: DigestJob[] = [];
    const from = oldestWindowStart(until, this.settings.digest.lookback);
    for await (const record of this.readModel.openJobsNewBetween(from, until)) {
      if (!record.snapshot || !record.newSince || !record.fingerprint) continue;
      jobs.push({
        job: jobForMatching(record.snapshot),
        fingerprint: record.fingerprint,
        newSince: record.newSince,
      });
    }
    return jobs;
  }
}
