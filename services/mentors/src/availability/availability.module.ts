import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MentorsModule } from '../mentors/mentors.module';
import { AvailabilityController } from './availability.controller';
import { AVAILABILITY_MODEL, availabilitySchema } from './availability.schema';
import { AvailabilityRepository } from './availability.repository';
import { SetAvailability } from './use-cases/set-availability';

/** When each mentor can be booked: weekly hours in Asia/Shanghai, overrides, and the booking rules. */
@Module({
  imports: [
    MentorsModule,
    MongooseModule.forFeature([{ name: AVAILABILITY_MODEL, schema: availabilitySchema }]),
  ],
  controllers: [AvailabilityController],
  providers: [AvailabilityRepository, SetAvailability],
  exports: [AvailabilityRepository],
})
export class AvailabilityModule {}
