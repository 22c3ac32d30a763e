import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { ERASED_VETERAN_MODEL, erasedVeteranSchema, ErasedVeterans } from './erased-veterans';
import { PersonalDataController } from './personal-data.controller';
import { PRIVACY_SETTINGS, PrivacySettings } from './privacy-settings';
import { VeteranDataRegistry } from './veteran-data-registry';
import { VeteranErasedHandler } from './veteran-erased.handler';

/**
 * The veteran's rights under PIPL in a service: `GET /personal-data/me` exports what its
 * VeteranDataHolders keep, and `profiles.veteran-erased` makes each of them forget the veteran.
 */
@Module({})
export class PrivacyModule {
  static forRoot(settings: PrivacySettings): DynamicModule {
    return {
      module: PrivacyModule,
      global: true,
      imports: [
        DiscoveryModule,
        MongooseModule.forFeature([{ name: ERASED_VETERAN_MODEL, schema: erasedVeteranSchema }]),
      ],
      controllers: settings.handlesRequests === false ? [] : [PersonalDataController, VeteranErasedHandler],
      providers: [{ provide: PRIVACY_SETTINGS, useValue: settings }, VeteranDataRegistry, ErasedVeterans],
      exports: [VeteranDataRegistry, ErasedVeterans],
    };
  }
}
