import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BASE_MODEL, baseSchema, PROGRAMME_MODEL, programmeSchema } from './base.schema';
import { BasesController } from './bases.controller';
import { BasesRepository } from './bases.repository';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: BASE_MODEL, schema: baseSchema },
      { name: PROGRAMME_MODEL, schema: programmeSchema },
    ]),
  ],
  controllers: [BasesController],
  providers: [BasesRepository],
  exports: [BasesRepository],
})
export class BasesModule {}
