import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { veteranDocumentsProvider } from '@vetlink/privacy';
import { KNOWN_VETERAN_MODEL, knownVeteranSchema } from './known-veteran.schema';
import { KnownVeteransHandler } from './known-veterans.handler';
import { KnownVeteransRepository } from './known-veterans.repository';

@Module({
  imports: [MongooseModule.forFeature([{ name: KNOWN_VETERAN_MODEL, schema: knownVeteranSchema }])],
  controllers: [KnownVeteransHandler],
  providers: [
    KnownVeteransRepository,
    // What the veteran's export shows and their erasure forgets.
    veteranDocumentsProvider({ section: 'knownVeteran', model: KNOWN_VETERAN_MODEL, field: '_id' }),
  ],
  exports: [KnownVeteransRepository],
})
export class VeteransModule {}
