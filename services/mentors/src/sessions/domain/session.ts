import type { SessionMode } from '@vetlink/contracts';

export type SessionStatus = 'booked' | 'cancelled' | 'held' | 'no-show';
export type SessionActor = 'veteran' | 'mentor' | 'officer';

/** A one-on-one session between a veteran and a verified mentor. */
export interface Session {
  id: string;
  mentorId: string;
  mentorName: string;
  veteranId: string;
  start: Date;
  end: Date;
  /** The mentor's busy time, buffers included, as it was when booked (or rescheduled). */
  blockedFrom: Date;
  blockedUntil: Date;
  mode: SessionMode;
  topic: string;
  note?: string;
  /** Where: the meeting link (online) or the address (in person), as the mentor's profile had it. */
  meetingLink?: string;
  address?: string;
  /** The city its figures are counted in, fixed at booking (see session-city.ts); none before it was kept. */
  cityId?: string;
  status: SessionStatus;
  /** Raised by every change; the `.ics` SEQUENCE, and what a reminder job checks it still belongs to. */
  sequence: number;
  /** The `_id`s of the claims this session holds (see claims.ts). */
  claimIds: string[];
  cancelledBy?: SessionActor;
  cancelReason?: string;
  /** Read only by the mentor and officers. */
  privateNotes?: string;
  rating?: { stars: number; comment?: string; ratedAt: Date };
  /** Reminder offsets (minutes) already announced for the current sequence. */
  remindedOffsets: number[];
  bookedAt: Date;
  updatedAt: Date;
}

export function isUpcoming(session: Session, now: Date): boolean {
  return session.status === 'booked' && session.end.getTime() > now.getTime();
}
