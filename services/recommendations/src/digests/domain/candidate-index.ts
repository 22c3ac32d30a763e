import { STRENGTH_WEIGHTS } from '@vetlink/taxonomy';
import {
  type MatchPolicy,
  meetsHardRequirements,
  requirementsOf,
  type VeteranForMatching,
} from '@vetlink/matching-score';
import type { DigestJob, DigestWindow } from './digest-job';
import { hardGate, JobColumns } from './hard-gate';

/**
 * The jobs of one digest run, indexed by the skills and occupation they ask for, so that a veteran's
 * candidates are found by the evidence they have, not by scoring every job. Jobs that the numbers
 * already rule out (pay, employment type, distance: `hardGate` on columns) are skipped during that walk;
 * the rest are ordered by how much of that evidence they share (a cheap proxy of the skill and
 * occupation score); the full score then ranks the best of them.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly newSince: Float64Array;
  private readonly deadline: Float64Array;
  private readonly columns: JobColumns;
  /** Scratch space for one query at a time (queries are synchronous). */
  private readonly overlap: Float32Array;
  /** 1: ruled out by the gate in this query (scratch, like `overlap`). */
  private readonly ruledOut: Uint8Array;

  constructor(private readonly jobs: readonly DigestJob[]) {
    this.newSince = Float64Array.from(jobs, ({ newSince }) => Date.parse(newSince));
    this.deadline = Float64Array.from(jobs, ({ job }) => Date.parse(job.deadline));
    this.columns = new JobColumns(jobs.map(({ job }) => job));
    this.overlap = new Float32Array(jobs.length);
    this.ruledOut = new Uint8Array(jobs.length);
    jobs.forEach(({ job }, position) => {
      const keys = new Set([
        occupationKey(job.occupationId),
        ...requirementsOf(job).map((r) => skillKey(r.skillId)),
      ]);
      for (const key of keys) this.post(key, position);
    });
  }

  get size(): number {
    return this.jobs.length;
  }

  /**
   * At most `limit` jobs new in the window, still open at its end, passing every hard requirement
   * (radius, pay floor, employment type, licences), sharing the most evidence first.
   */
  candidatesFor(
    veteran: VeteranForMatching,
    window: DigestWindow,
    limit: number,
    policy: Pick<MatchPolicy, 'defaultRadiusKm'>,
  ): DigestJob[] {
    const since = window.since.getTime();
    const until = window.until.getTime();
    const passes = hardGate(veteran, this.columns);
    const touched: number[] = [];
    const ruledOut: number[] = [];
    for (const [key, weight] of evidenceOf(veteran)) {
      for (const position of this.postings.get(key) ?? []) {
        if (this.ruledOut[position] === 1) continue;
        if (this.overlap[position] === 0) {
          const open =
            this.newSince[position] >= since &&
            this.newSince[position] < until &&
            this.deadline[position] > until;
          if (!open || !passes(position)) {
            this.ruledOut[position] = 1;
            ruledOut.push(position);
            continue;
          }
          touched.push(position);
        }
        this.overlap[position] += weight;
      }
    }
    touched.sort((a, b) => this.overlap[b] - this.overlap[a] || this.newSince[b] - this.newSince[a] || a - b);
    const chosen: DigestJob[] = [];
    for (const position of touched) {
      if (chosen.length === limit) break;
      if (meetsHardRequirements(this.jobs[position].job, veteran, policy)) chosen.push(this.jobs[position]);
    }
    for (const position of touched) this.overlap[position] = 0;
    for (const position of ruledOut) this.ruledOut[position] = 0;
    return chosen;
  }

  private post(key: string, position: number): void {
    const list = this.postings.get(key);
    if (list) list.push(position);
    else this.postings.set(key, [position]);
  }
}

/** The veteran's skills and occupations with how strongly each is evidenced (the strongest claim counts). */
function evidenceOf(veteran: VeteranForMatching): Map<string, number> {
  const evidence = new Map<string, number>();
  const claim = (key: string, weight: number) => evidence.set(key, Math.max(evidence.get(key) ?? 0, weight));
  for (const skill of veteran.declaredSkills) claim(skillKey(skill.skillId), 1);
  for (const skill of veteran.derivedSkills) claim(skillKey(skill.skillId), STRENGTH_WEIGHTS[skill.strength]);
  for (const occupation of veteran.derivedOccupations)
    claim(occupationKey(occupation.occupationId), STRENGTH_WEIGHTS[occupation.strength]);
  for (const occupationId of veteran.desiredOccupationIds) claim(occupationKey(occupationId), 1);
  return evidence;
}

const skillKey = (skillId: string) => `skill:${skillId}`;
const occupationKey = (occupationId: string) => `occupation:${occupationId}`;
