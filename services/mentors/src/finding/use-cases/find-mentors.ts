import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { AvailabilityRepository } from '../../availability/availability.repository';
import { Slot } from '../../availability/domain/slots';
import { Mentor, MentorStatus } from '../../mentors/domain/mentor';
import { MentorFilter, MentorsRepository } from '../../mentors/mentors.repository';
import { SessionsRepository } from '../../sessions/sessions.repository';
import { kmBetween } from '../domain/distance';
import { assertRange, capWindow, FindSlots, SlotRange } from './find-slots';

export interface MentorSearch extends Omit<MentorFilter, 'status'> {
  status?: MentorStatus;
  /** Only mentors within `withinKm` of this place, nearest first. */
  near?: { cityId: string; districtId?: string; withinKm: number };
  /** Only mentors with a free slot in this range (at most 14 days). */
  free?: SlotRange;
  limit: number;
}

export interface FoundMentor {
  mentor: Mentor;
  firstFreeSlot?: Slot;
  distanceKm?: number;
}

const CANDIDATES = 200;

/**
 * Mentors by expertise, industry, city, mode, branch served in and language, best rated first; with a
 * free-time range, only those with a free slot in it (their first one is given). Veterans and mentors
 * find verified mentors only; officers may list any status.
 */
@Injectable()
export class FindMentors {
  constructor(
    private readonly mentors: MentorsRepository,
    private readonly availability: AvailabilityRepository,
    private readonly sessions: SessionsRepository,
    private readonly slots: FindSlots,
  ) {}

  async search(viewer: Principal, search: MentorSearch): Promise<FoundMentor[]> {
    const status = viewer.role === 'officer' ? search.status : 'verified';
    const { free, near, limit, ...filter } = search;
    if (free) assertRange(free, 14, { from: 'freeFrom', to: 'freeTo' });
    // Distance and free time are worked out here, over the candidates the filters leave.
    const narrowed = free || near;
    let found: FoundMentor[] = (
      await this.mentors.find({ ...filter, status }, narrowed ? CANDIDATES : limit)
    ).map((mentor) => ({ mentor }));
    if (near) found = nearest(found, near);
    if (free) found = await this.withFreeTime(found, free);
    return found.slice(0, limit);
  }

  private async withFreeTime(found: FoundMentor[], free: SlotRange): Promise<FoundMentor[]> {
    const ids = found.map(({ mentor }) => mentor.id);
    const rules = await this.availability.findMany(ids);
    const busy = await this.sessions.busyOf(ids, ...capWindow(free));
    const withSlots: FoundMentor[] = [];
    for (const candidate of found) {
      const availability = rules.get(candidate.mentor.id);
      if (!availability) continue;
      const { slots } = this.slots.slotsFor(candidate.mentor, availability, busy, free);
      if (slots.length > 0) withSlots.push({ ...candidate, firstFreeSlot: slots[0] });
    }
    return withSlots;
  }
}

function nearest(found: FoundMentor[], near: NonNullable<MentorSearch['near']>): FoundMentor[] {
  return found
    .map((candidate) => ({ ...candidate, distanceKm: kmBetween(candidate.mentor, near) }))
    .filter((candidate) => candidate.distanceKm !== undefined && candidate.distanceKm <= near.withinKm)
    .sort((a, b) => (a.distanceKm as number) - (b.distanceKm as number));
}
