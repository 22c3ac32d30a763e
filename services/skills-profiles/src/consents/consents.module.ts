import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { ConsentsController } from './consents.controller';

@Module({ imports: [ProfilesModule], controllers: [ConsentsController] })
export class ConsentsModule {}
