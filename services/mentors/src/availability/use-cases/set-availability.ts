import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { NotFoundError } from '@vetlink/http';
import { MentorAccess } from '../../mentors/use-cases/mentor-access';
import { AvailabilityCommand } from '../availability.dto';
import { AvailabilityRepository } from '../availability.repository';
import { Availability } from '../domain/availability';

/**
 * The mentor (or an officer) sets the weekly hours, overrides and booking rules. Sessions already booked
 * stay: their claims hold their time whatever the new rules say, and new bookings cannot overlap them.
 */
@Injectable()
export class SetAvailability {
  constructor(
    private readonly availability: AvailabilityRepository,
    private readonly access: MentorAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Principal, mentorId: string, command: AvailabilityCommand): Promise<Availability> {
    await this.access.managed(actor, mentorId);
    const availability: Availability = { ...command, mentorId, updatedAt: this.clock.now() };
    await this.availability.save(availability);
    return availability;
  }

  async read(viewer: Principal, mentorId: string): Promise<Availability> {
    await this.access.visible(viewer, mentorId);
    const availability = await this.availability.find(mentorId);
    if (!availability) throw new NotFoundError(`mentor ${mentorId} has not published availability yet`);
    return availability;
  }
}
