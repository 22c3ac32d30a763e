import type { FieldIssue } from '@vetlink/http';
import type { Course } from './course';

export type CourseDraft = Omit<Course, 'id' | 'publishedBy' | 'publishedAt'>;

/**
 * The rules across a course's fields that a field's own schema cannot see. Nothing is written when
 * any is broken; each problem names its field.
 */
export function courseProblems(draft: CourseDraft): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (draft.veteranSubsidyFen > draft.costFen)
    problems.push({ field: 'veteranSubsidyFen', message: 'must not exceed costFen' });
  if (draft.mode !== 'online' && !draft.venue)
    problems.push({ field: 'venue', message: `is required for a ${draft.mode} course` });
  if (draft.skillIds.length === 0 && draft.certificateIds.length === 0)
    problems.push({
      field: 'skillIds',
      message:
        'a course teaches at least one skill or awards a certificate (give skillIds or certificateIds)',
    });
  return problems;
}
