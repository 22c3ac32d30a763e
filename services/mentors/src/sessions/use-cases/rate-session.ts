import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, ForbiddenError, InvalidStateError } from '@vetlink/http';
import { averageOf } from '../../mentors/domain/mentor';
import { MentorsRepository } from '../../mentors/mentors.repository';
import { Session } from '../domain/session';
import { RatingsRepository } from '../ratings.repository';
import { SessionsRepository } from '../sessions.repository';
import { SessionAccess } from './session-access';

/**
 * The veteran rates a held session 1–5 with a comment, once (a unique insert decides); the mentor's
 * rating is then recomputed from all their ratings, so that a lost race between two ratings is mended
 * by the next one.
 */
@Injectable()
export class RateSession {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly ratings: RatingsRepository,
    private readonly mentors: MentorsRepository,
    private readonly access: SessionAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(viewer: Principal, sessionId: string, stars: number, comment?: string): Promise<Session> {
    const { session, actor } = await this.access.participantOf(viewer, sessionId);
    if (actor !== 'veteran') throw new ForbiddenError('only the veteran of the session rates it');
    if (session.status !== 'held')
      throw new InvalidStateError(`the session is ${session.status}: only held sessions are rated`);
    const ratedAt = this.clock.now();
    const rating = { stars, ...(comment ? { comment } : {}), ratedAt };
    const first = await this.ratings.insertOnce({
      _id: session.id,
      mentorId: session.mentorId,
      veteranId: session.veteranId,
      ...rating,
    });
    if (!first) throw new ConflictError('you have already rated this session');
    const rated = await this.sessions.annotate(session.id, { $set: { rating } });
    const all = await this.ratings.starsOf(session.mentorId);
    await this.mentors.setRating(session.mentorId, {
      ratingCount: all.length,
      ratingAverage: averageOf(all),
    });
    return rated ?? { ...session, rating };
  }
}
