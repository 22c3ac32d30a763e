import { Module } from '@nestjs/common';
import { ContactPointsHolder } from './contact-points.holder';
import { MongooseModule } from '@nestjs/mongoose';
import { ContactPointsController } from './contact-points.controller';
import { ContactPointsRepository } from './contact-points.repository';
import { CONTACT_POINTS_MODEL, contactPointsSchema } from './contact-points.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: CONTACT_POINTS_MODEL, schema: contactPointsSchema }])],
  controllers: [ContactPointsController],
  providers: [ContactPointsRepository, ContactPointsHolder],
  exports: [ContactPointsRepository],
})
export class ContactsModule {}
