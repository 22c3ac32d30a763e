import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ContactPointsController } from './contact-points.controller';
import { ContactPointsRepository } from './contact-points.repository';
import { CONTACT_POINTS_MODEL, contactPointsSchema } from './contact-points.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: CONTACT_POINTS_MODEL, schema: contactPointsSchema }])],
  controllers: [ContactPointsController],
  providers: [ContactPointsRepository],
  exports: [ContactPointsRepository],
})
export class ContactsModule {}
