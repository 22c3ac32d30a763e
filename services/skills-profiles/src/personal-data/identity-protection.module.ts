import { Global, Module } from '@nestjs/common';
import { IdentityProtector } from './identity-protector';

/** A veteran's identity at rest, encrypted with the service's field cipher (`PersonalDataModule`). */
@Global()
@Module({ providers: [IdentityProtector], exports: [IdentityProtector] })
export class IdentityProtectionModule {}
