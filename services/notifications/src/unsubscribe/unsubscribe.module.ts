import { Module } from '@nestjs/common';
import { PreferencesModule } from '../preferences/preferences.module';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({ imports: [PreferencesModule], controllers: [UnsubscribeController] })
export class UnsubscribeModule {}
