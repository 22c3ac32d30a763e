import { Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { AvailabilityRepository } from '../../availability/availability.repository';
import { Slot } from '../../availability/domain/slots';
import { Mentor, MentorStatus } from '../../mentors/domain/mentor';
import { MentorFilter, MentorsRepository } from '../../mentors/mentors.repository';
import { SessionsRepository } from '../../sessions/sessions.repository';
import { assertRange, capWindow, FindSlots, SlotRange } from './find-slots';

export interface MentorSearch extends Omit<MentorFilter, 'status'> {
  status?: MentorStatus;
  /** Only mentors with a free slot in this range (at most 14 days). */
  free?: SlotRange;
  limit: number;
}

export interface FoundMentor {
  mentor: Mentor;
  firstFreeSlot?: Slot;
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
    const { free, limit, ...filter } = search;
    if (!free) return (await this.mentors.find({ ...filter, status }, limit)).map((mentor) => ({ mentor }));
    assertRange(free, 14, { from: 'freeFrom', to: 'freeTo' });
    const candidates = await this.mentors.find({ ...filter, status }, CANDIDATES);
    const ids = candidates.map((mentor) => mentor.id);
    const rules = await this.availability.findMany(ids);
    const busy = await this.sessions.busyOf(ids, ...capWindow(free));
    const found: FoundMentor[] = [];
    for (const mentor of candidates) {
      const availability = rules.get(mentor.id);
      if (!availability) continue;
      const { slots } = this.slots.slotsFor(mentor, availability, busy, free);
      if (slots.length > 0) found.push({ mentor, firstFreeSlot: slots[0] });
      if (found.length >= limit) break;
    }
    return found;
  }
}
