import type { CourseMode } from '@vetlink/contracts';

/** One of the bureau's courses: what it teaches and certifies, what it costs a veteran, where it is held. */
export interface Course {
  id: string;
  title: string;
  /** The taxonomy training it is an instance of (forklift-operation, ...), when it is one. */
  trainingId?: string;
  description?: string;
  /** Taxonomy skill ids the course teaches. */
  skillIds: string[];
  /** Taxonomy certificate ids it awards on completion. */
  certificateIds: string[];
  durationDays: number;
  /** The full price, in fen. */
  costFen: number;
  /** What the bureau pays of it for a veteran, in fen (at most the cost: the course is then free). */
  veteranSubsidyFen: number;
  provider: string;
  /**
   * The training provider's id, when staff of a provider keep the course's runs: their accounts
   * (`training-provider`) carry it as the token's `org` claim. Absent: the bureau's officers keep them.
   */
  providerId?: string;
  cityId: string;
  /** Where it is held; absent for an online course. */
  venue?: string;
  mode: CourseMode;
  publishedBy: string;
  publishedAt: Date;
}

/** What a veteran pays: the cost less the subsidy, never below zero. */
export function veteranPaysFen(course: Pick<Course, 'costFen' | 'veteranSubsidyFen'>): number {
  return Math.max(0, course.costFen - course.veteranSubsidyFen);
}
