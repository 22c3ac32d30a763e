import { DynamicModule, Module } from '@nestjs/common';
import { FieldCipher } from '@vetlink/persistence';
import type { PersonalDataConfig } from '../config';
import { IdentityProtector } from './identity-protector';

@Module({})
export class PersonalDataModule {
  static forRoot(config: PersonalDataConfig): DynamicModule {
    return {
      module: PersonalDataModule,
      global: true,
      providers: [{ provide: FieldCipher, useValue: new FieldCipher(config.keyring) }, IdentityProtector],
      exports: [IdentityProtector],
    };
  }
}
