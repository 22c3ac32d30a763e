import { Module } from '@nestjs/common';
import { PreferencesModule } from '../preferences/preferences.module';
import { UNSUBSCRIBE_KEY } from '../shared/settings.module';
import { UnsubscribeTokens } from './domain/unsubscribe-token';
import { UnsubscribeController } from './unsubscribe.controller';

/** Signed unsubscribe links: the signer (for e-mails) and the pages the links open. */
@Module({
  imports: [PreferencesModule],
  controllers: [UnsubscribeController],
  providers: [
    {
      provide: UnsubscribeTokens,
      useFactory: (key: Buffer) => new UnsubscribeTokens(key),
      inject: [UNSUBSCRIBE_KEY],
    },
  ],
  exports: [UnsubscribeTokens],
})
export class UnsubscribeModule {}
