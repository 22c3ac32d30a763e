import { Module } from '@nestjs/common';
import { ProfilesModule } from '../profiles/profiles.module';
import { CivilianViewController } from './civilian-view.controller';

@Module({ imports: [ProfilesModule], controllers: [CivilianViewController] })
export class CivilianViewModule {}
