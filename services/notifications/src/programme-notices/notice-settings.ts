import { z } from 'zod';

/** Injection token of the ProgrammeNoticeSettings. */
export const PROGRAMME_NOTICE_SETTINGS = Symbol('PROGRAMME_NOTICE_SETTINGS');

export interface ProgrammeNoticeSettings {
  /** A programme event older than this makes no notice. */
  maxAgeMs: number;
}

const schema = z.object({
  /**
   * Like JOB_PUSH_MAX_AGE_HOURS for job pushes: a mentors, loans or incubators event older than this is
   * not told (a new consumer group reads these topics from their start; one catching up reads a backlog).
   */
  PROGRAMME_NOTICE_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
});

/** Read once at start-up; a malformed value stops the service naming the variable. */
export function programmeNoticeSettingsFrom(env: NodeJS.ProcessEnv): ProgrammeNoticeSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return { maxAgeMs: parsed.data.PROGRAMME_NOTICE_MAX_AGE_HOURS * 3600_000 };
}
