import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BASE_MODEL, baseSchema, PROGRAMME_MODEL, programmeSchema } from './base.schema';
import { BasesController } from './bases.controller';
import { BasesRepository } from './bases.repository';
import { STAFF_GRANT_MODEL, staffGrantSchema } from './staff-grant.schema';
import { StaffGrantGuard } from './staff-grant.guard';
import { StaffGrantsRepository } from './staff-grants.repository';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: BASE_MODEL, schema: baseSchema },
      { name: PROGRAMME_MODEL, schema: programmeSchema },
      { name: STAFF_GRANT_MODEL, schema: staffGrantSchema },
    ]),
  ],
  controllers: [BasesController],
  providers: [BasesRepository, StaffGrantsRepository, StaffGrantGuard],
  exports: [BasesRepository, StaffGrantsRepository, StaffGrantGuard],
})
export class BasesModule {}
