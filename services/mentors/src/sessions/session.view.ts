import type { Principal } from '@vetlink/auth';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { toShanghaiIso } from '../availability/domain/shanghai';
import { Session } from './domain/session';

const sessionViewSchema = z.object({
  id: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  veteranId: z.string(),
  start: z.string(),
  end: z.string(),
  mode: z.string(),
  topic: z.string(),
  note: z.string().optional(),
  meetingLink: z.string().optional(),
  address: z.string().optional(),
  status: z.string(),
  sequence: z.number(),
  cancelledBy: z.string().optional(),
  cancelReason: z.string().optional(),
  privateNotes: z.string().optional(),
  rating: z.object({ stars: z.number(), comment: z.string().optional(), ratedAt: z.string() }).optional(),
  bookedAt: z.string(),
  updatedAt: z.string(),
});

export type SessionView = z.infer<typeof sessionViewSchema>;
export class SessionViewDto extends createZodDto(sessionViewSchema) {}
export class SessionListDto extends createZodDto(z.object({ items: z.array(sessionViewSchema) })) {}

/** Times in Shanghai with their offset; private notes only for the mentor and officers. */
export function toSessionView(session: Session, viewer: Principal): SessionView {
  const mentorSide = viewer.role === 'officer' || viewer.userId === session.mentorId;
  return {
    id: session.id,
    mentorId: session.mentorId,
    mentorName: session.mentorName,
    veteranId: session.veteranId,
    start: toShanghaiIso(session.start),
    end: toShanghaiIso(session.end),
    mode: session.mode,
    topic: session.topic,
    ...(session.note ? { note: session.note } : {}),
    ...(session.meetingLink ? { meetingLink: session.meetingLink } : {}),
    ...(session.address ? { address: session.address } : {}),
    status: session.status,
    sequence: session.sequence,
    ...(session.cancelledBy ? { cancelledBy: session.cancelledBy } : {}),
    ...(session.cancelReason ? { cancelReason: session.cancelReason } : {}),
    ...(mentorSide && session.privateNotes ? { privateNotes: session.privateNotes } : {}),
    ...(session.rating
      ? {
          rating: {
            stars: session.rating.stars,
            ...(session.rating.comment ? { comment: session.rating.comment } : {}),
            ratedAt: session.rating.ratedAt.toISOString(),
          },
        }
      : {}),
    bookedAt: session.bookedAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
