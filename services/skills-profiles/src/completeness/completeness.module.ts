import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { CompletenessController } from './completeness.controller';

@Module({ imports: [ProfilesModule], controllers: [CompletenessController] })
export class CompletenessModule {}
