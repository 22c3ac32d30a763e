import { Injectable } from '@nestjs/common';
import { ConflictError } from '@vetlink/http';
import { ClaimsRepository } from '../claims.repository';
import { releaseAfterOf } from '../domain/claim-release';
import { Capacity, placeId } from '../domain/claims';

export interface ClaimOrder {
  sessionId: string;
  /** Ids claimed exactly: the mentor's blocks first (where rival bookings meet), then the veteran's. */
  exact: readonly string[];
  capacities: readonly Capacity[];
  session: { end: Date; blockedUntil: Date };
  now: Date;
}

/**
 * Takes every claim of a booking or none: each is a unique insert, and at the first one taken by
 * someone else the claims made so far are released and a 409 names what was not free. A crash midway
 * leaves claims no session holds, which the sweep removes.
 */
@Injectable()
export class ClaimTime {
  constructor(private readonly claims: ClaimsRepository) {}

  async claim(order: ClaimOrder): Promise<string[]> {
    const taken: string[] = [];
    try {
      const refused = await this.claims.tryClaimAll(
        order.exact,
        order.sessionId,
        order.now,
        releaseAfterOf(order.session),
      );
      if (refused !== undefined) throw new ConflictError(exactRefusal(refused));
      taken.push(...order.exact);
      for (const capacity of order.capacities) {
        const place = await this.claimPlace(order, capacity);
        if (place === undefined) throw new ConflictError(capacity.full);
        taken.push(place);
      }
      return taken;
    } catch (error) {
      await this.claims.release(taken, order.sessionId);
      throw error;
    }
  }

  release(ids: readonly string[], sessionId: string): Promise<void> {
    return this.claims.release(ids, sessionId);
  }

  private async claimPlace(order: ClaimOrder, capacity: Capacity): Promise<string | undefined> {
    const releaseAfter = releaseAfterOf(order.session, capacity);
    // Starting at a random place, a booking seldom tries places its rivals took (a full week of 40 would
    // otherwise cost the 40th booking 39 refused inserts); every place is still tried before "full".
    const first = Math.floor(Math.random() * capacity.limit);
    for (let step = 0; step < capacity.limit; step++) {
      const id = placeId(capacity.prefix, (first + step) % capacity.limit);
      if (await this.claims.tryClaim(id, order.sessionId, order.now, releaseAfter)) return id;
    }
    return undefined;
  }
}

function exactRefusal(claimId: string): string {
  return claimId.startsWith('veteran:')
    ? 'you already have a session at this time'
    : 'the mentor is not free at this time: another session (or its buffer) overlaps it';
}
