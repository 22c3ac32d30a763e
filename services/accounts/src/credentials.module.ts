import { DynamicModule, Module, OnApplicationShutdown, Inject, Logger } from '@nestjs/common';
import { PersonalDataModule } from '@vetlink/persistence';
import { REDIS } from '@vetlink/queues';
import Redis from 'ioredis';
import { Argon2PasswordHasher } from './accounts/argon2-password-hasher';
import { PASSWORD_HASHER, PasswordHasher } from './accounts/domain/password-hasher';
import { AccountsConfig } from './config';
import { CODE_LIMITS } from './one-time-codes/code-throttle';
import { DEFAULT_CODE_LIMITS } from './one-time-codes/domain/code-limits';
import { THROTTLE_SETTINGS } from './sessions/sign-in-throttle';
import { REFRESH_LIFETIME_DAYS } from './sessions/use-cases/start-session';
import { AccessTokenIssuer } from './tokens/access-token-issuer';
import { JwksController } from './tokens/jwks.controller';
import { SigningKey } from './tokens/signing-key';

/**
 * What signing in rests on, for every module: the password hasher, the signing key and the token
 * issuer, the personal-data cipher, and a Redis connection for the throttles that fails fast
 * (one retry, 1 s) rather than queueing sign-ins behind an absent Redis.
 */
@Module({})
export class CredentialsModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(config: AccountsConfig, options: { passwordHasher?: PasswordHasher } = {}): DynamicModule {
    const signingKey = config.signingKey ?? ephemeralKey();
    const issuer = new AccessTokenIssuer(signingKey, {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      lifetimeSeconds: Math.min(config.service.ACCESS_TOKEN_LIFETIME_SECONDS, config.auth.maxLifetimeSeconds),
    });
    return {
      module: CredentialsModule,
      global: true,
      imports: [PersonalDataModule.forRoot(config.personalData.keyring)],
      controllers: [JwksController],
      providers: [
        { provide: PASSWORD_HASHER, useFactory: () => options.passwordHasher ?? new Argon2PasswordHasher() },
        { provide: SigningKey, useValue: signingKey },
        { provide: AccessTokenIssuer, useValue: issuer },
        { provide: REFRESH_LIFETIME_DAYS, useValue: config.service.REFRESH_TOKEN_LIFETIME_DAYS },
        {
          provide: THROTTLE_SETTINGS,
          useValue: { rules: config.throttle, keyPrefix: config.service.REDIS_KEY_PREFIX },
        },
        { provide: CODE_LIMITS, useValue: config.codeLimits ?? DEFAULT_CODE_LIMITS },
        {
          provide: REDIS,
          useFactory: () =>
            new Redis(config.service.REDIS_URL, {
              maxRetriesPerRequest: 1,
              commandTimeout: 1000,
              enableOfflineQueue: true,
            }),
        },
      ],
      exports: [
        PASSWORD_HASHER,
        SigningKey,
        AccessTokenIssuer,
        REFRESH_LIFETIME_DAYS,
        THROTTLE_SETTINGS,
        CODE_LIMITS,
        REDIS,
      ],
    };
  }

  async onApplicationShutdown() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

function ephemeralKey(): SigningKey {
  new Logger('accounts').warn(
    'no AUTH_JWT_SIGNING_KEY: signing with a key made for this process only; services that verify with AUTH_JWT_PUBLIC_KEY will refuse its tokens',
  );
  return SigningKey.ephemeral();
}
