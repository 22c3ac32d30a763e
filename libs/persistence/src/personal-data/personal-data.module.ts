import { DynamicModule, Module } from '@nestjs/common';
import type { EncryptionKeyring } from './encryption-keyring';
import { FieldCipher } from './field-cipher';

/** The field cipher of a service that keeps personal data, from its keyring (`personalDataConfigSchema`). */
@Module({})
export class PersonalDataModule {
  static forRoot(keyring: EncryptionKeyring): DynamicModule {
    return {
      module: PersonalDataModule,
      global: true,
      providers: [{ provide: FieldCipher, useValue: new FieldCipher(keyring) }],
      exports: [FieldCipher],
    };
  }
}
