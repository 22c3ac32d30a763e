import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { TemplatesModule } from '../templates/templates.module';
import { PreferencesController } from './preferences.controller';
import { ProfileEventsHandler } from './profile-events.handler';
import { PreferencesRepository } from './preferences.repository';
import { PREFERENCES_MODEL, preferencesSchema } from './preferences.schema';
import { UserPreferences } from './use-cases/user-preferences';
import { veteranDocumentsProvider } from '@vetlink/privacy';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: PREFERENCES_MODEL, schema: preferencesSchema }]),
    TemplatesModule,
  ],
  controllers: [PreferencesController, ProfileEventsHandler],
  providers: [
    PreferencesRepository,
    UserPreferences,
    veteranDocumentsProvider({ section: 'notificationPreferences', model: PREFERENCES_MODEL, field: '_id' }),
  ],
  exports: [UserPreferences],
})
export class PreferencesModule {}
