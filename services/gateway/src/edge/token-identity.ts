import { AccessTokenVerifier } from '@vetlink/auth';

/**
 * Who a request's token names, only to count requests per user: the token is verified (a forged one
 * would let anyone spend another user's allowance or escape its own), the services verify it again.
 * The verifier remembers checked signatures, so a busy client costs one signature check.
 */
export class TokenIdentity {
  constructor(private readonly verifier: AccessTokenVerifier) {}

  async userOf(authorization: string | undefined): Promise<string | undefined> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    return token ? (await this.verifier.verify(token))?.userId : undefined;
  }
}
