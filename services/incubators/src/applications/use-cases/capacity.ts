import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { ConflictError, NotFoundError } from '@vetlink/http';
import { assertRunsBase } from '../../bases/base-staff';
import { BasesRepository } from '../../bases/bases.repository';
import type { Base, SpaceType } from '../../bases/domain/base';
import type { Programme } from '../../bases/domain/programme';
import type { ClaimRecord } from '../claim.schema';
import { ClaimsRepository } from '../claims.repository';
import { capacityPlan, overAllocationMessage, RETIRED_HOLDER } from '../domain/capacity';
import { Admissions, CLAIM_GRACE_MS } from './admissions';

interface CapacityTarget {
  kind: 'seat' | 'unit';
  /** The claims' scope: the programme (seats) or `${baseId}:${type}` (units). */
  scope: string;
  /** How the 409 names one (seat, workstation, private-office). */
  what: string;
  current: () => Promise<number>;
  write: (count: number) => Promise<void>;
}

/**
 * A base's units of a space type, or a programme's seats, raised or lowered by its staff. One change at
 * a time per count (a `capacity:` claim, freed after CLAIM_GRACE_MS if its holder died); lowering first
 * retires the numbers above the new count by claiming them, so no admission, on any instance, can take
 * one meanwhile, and a number an application holds refuses the change (409 naming it and its holder).
 * Raising lifts retirements, then moves the waitlists up.
 */
@Injectable()
export class Capacity {
  constructor(
    private readonly bases: BasesRepository,
    private readonly claims: ClaimsRepository,
    private readonly admissions: Admissions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async setUnits(staff: Principal, baseId: string, type: SpaceType, units: number): Promise<Base> {
    assertRunsBase(staff, baseId);
    const base = await this.bases.findBase(baseId);
    if (!base) throw new NotFoundError(`no base ${baseId}`);
    const raised = await this.change(
      {
        kind: 'unit',
        scope: `${baseId}:${type}`,
        what: type,
        current: async () => (await this.bases.findBase(baseId))?.units[type] ?? 0,
        write: (count) => this.bases.setUnits(baseId, type, count),
      },
      units,
    );
    if (raised) await this.promoteWaitlistsOf(baseId);
    return (await this.bases.findBase(baseId)) ?? base;
  }

  async setSeats(staff: Principal, programmeId: string, seats: number): Promise<Programme> {
    const programme = await this.bases.findProgramme(programmeId);
    if (!programme) throw new NotFoundError(`no programme ${programmeId}`);
    assertRunsBase(staff, programme.baseId);
    const raised = await this.change(
      {
        kind: 'seat',
        scope: programmeId,
        what: 'seat',
        current: async () => (await this.bases.findProgramme(programmeId))?.seats ?? 0,
        write: (count) => this.bases.setSeats(programmeId, count),
      },
      seats,
    );
    if (raised) await this.admissions.promoteWaitlist(programmeId);
    return (await this.bases.findProgramme(programmeId)) ?? programme;
  }

  private async promoteWaitlistsOf(baseId: string): Promise<void> {
    let cursor: string | undefined;
    do {
      const page = await this.bases.programmesOf(baseId, 50, cursor);
      for (const programme of page.items) await this.admissions.promoteWaitlist(programme.id);
      cursor = page.nextCursor;
    } while (cursor);
  }

  /** Whether the count went up (the waitlists may move). */
  private async change(target: CapacityTarget, wanted: number): Promise<boolean> {
    const at = this.clock.now();
    const lock = {
      _id: `capacity:${target.kind}:${target.scope}`,
      kind: 'capacity' as const,
      scope: target.scope,
      applicationId: `change-${this.bases.newId()}`,
    };
    const abandoned = async (holder: ClaimRecord, now: Date) =>
      now.getTime() - new Date(holder.claimedAt).getTime() > CLAIM_GRACE_MS;
    if (!(await this.claims.take(lock, at, abandoned)))
      throw new ConflictError(`the ${target.what}s are being changed by another request: try again`);
    try {
      const current = await target.current();
      const plan = capacityPlan(current, wanted);
      if (plan.retire.length > 0) {
        const leftBehind = (holder: ClaimRecord, now: Date) => this.admissions.isLeftBehind(holder, now);
        const outcome = await this.claims.retire(target.kind, target.scope, plan.retire, at, leftBehind);
        if (outcome.held.length > 0) {
          await this.claims.release(outcome.retired, RETIRED_HOLDER);
          throw new ConflictError(overAllocationMessage(target.what, wanted, outcome.held));
        }
      }
      await this.claims.reopen(target.kind, target.scope, plan.reopenUpTo);
      await target.write(wanted);
      return wanted > current;
    } finally {
      await this.claims.release([lock._id], lock.applicationId);
    }
  }
}
