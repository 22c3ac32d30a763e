import { z } from 'zod';

/**
 * What one per-veteran digest job carries: ids and the run's bounds, never the veteran's inputs (those
 * wait in the run's store, see RunVeterans, or in the read model).
 */
export interface DigestTask {
  runId: string;
  week: string;
  /** The week's Monday (YYYY-MM-DD), worked out once per run rather than once per veteran. */
  weekOf: string;
  /** ISO-8601: the run's `until`. */
  until: string;
  dryRun: boolean;
  veteranId: string;
}

const digestTaskSchema = z.object({
  runId: z.string().min(1),
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  weekOf: z.iso.date(),
  until: z.iso.datetime({ offset: true }),
  dryRun: z.boolean(),
  veteranId: z.string().min(1).max(128),
});

/**
 * The task of a queued job, checked before any work: a job written by a faulty version fails (and is
 * retried, then listed for the operators) naming the field. A job queued by the version before this one
 * carried the veteran's inputs instead of their id; it is read by that id.
 */
export function digestTaskOf(data: unknown): DigestTask {
  const legacy = data as { veteranId?: unknown; veteran?: { veteranId?: unknown } } | null;
  const withId =
    legacy && legacy.veteranId === undefined && legacy.veteran
      ? { ...legacy, veteranId: legacy.veteran.veteranId }
      : data;
  const parsed = digestTaskSchema.safeParse(withId);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(task)'))];
    throw new Error(`malformed digest task: ${fields.join(', ')}`);
  }
  return parsed.data;
}

/** BullMQ job ids: one per run and veteran, so a veteran is never queued twice in a run (no ':' allowed). */
export function digestJobId(runId: string, veteranId: string): string {
  return `${runId}-${veteranId}`.replaceAll(':', '%3A');
}
