import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import type { Enrolment } from './domain/enrolment';

export const enrolmentViewSchema = z.object({
  id: z.string(),
  runId: z.string(),
  courseId: z.string(),
  veteranId: z.string(),
  status: z.enum(['enrolled', 'waitlisted', 'cancelled', 'completed', 'not-completed']),
  seatNo: z.number().int().optional(),
  waitlistPosition: z.number().int().optional(),
  enrolledAt: z.iso.datetime(),
  promotedAt: z.iso.datetime().optional(),
  cancelledAt: z.iso.datetime().optional(),
  cancelledBy: z.enum(['veteran', 'officer', 'provider']).optional(),
  completion: z
    .object({
      outcome: z.enum(['completed', 'not-completed']),
      attendancePercent: z.number().int(),
      recordedAt: z.iso.datetime(),
    })
    .optional(),
  /** Seated when the run was recorded with its roster after it had begun (POST …/recorded-runs). */
  recordedAfterwards: z.literal(true).optional(),
  updatedAt: z.iso.datetime(),
});

const enrolmentListSchema = z.object({ items: z.array(enrolmentViewSchema) });

export type EnrolmentView = z.infer<typeof enrolmentViewSchema>;
export type EnrolmentListView = z.infer<typeof enrolmentListSchema>;

export class EnrolmentViewDto extends createZodDto(enrolmentViewSchema) {}
export class EnrolmentListDto extends createZodDto(enrolmentListSchema) {}

export function toEnrolmentView(enrolment: Enrolment): EnrolmentView {
  return {
    id: enrolment.id,
    runId: enrolment.runId,
    courseId: enrolment.courseId,
    veteranId: enrolment.veteranId,
    status: enrolment.status,
    ...(enrolment.seatNo !== undefined ? { seatNo: enrolment.seatNo } : {}),
    ...(enrolment.waitlistPosition !== undefined ? { waitlistPosition: enrolment.waitlistPosition } : {}),
    enrolledAt: enrolment.enrolledAt.toISOString(),
    ...(enrolment.promotedAt ? { promotedAt: enrolment.promotedAt.toISOString() } : {}),
    ...(enrolment.cancelledAt ? { cancelledAt: enrolment.cancelledAt.toISOString() } : {}),
    ...(enrolment.cancelledBy ? { cancelledBy: enrolment.cancelledBy } : {}),
    ...(enrolment.completion
      ? {
          completion: {
            outcome: enrolment.completion.outcome,
            attendancePercent: enrolment.completion.attendancePercent,
            recordedAt: enrolment.completion.recordedAt.toISOString(),
          },
        }
      : {}),
    ...(enrolment.recordedAfterwards ? { recordedAfterwards: true as const } : {}),
    updatedAt: enrolment.updatedAt.toISOString(),
  };
}

export function toEnrolmentListView(enrolments: readonly Enrolment[]): EnrolmentListView {
  return { items: enrolments.map(toEnrolmentView) };
}
