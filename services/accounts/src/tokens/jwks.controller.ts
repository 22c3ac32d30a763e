import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@vetlink/auth';
import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { PublicJwk, SigningKey } from './signing-key';

class JwksDto extends createZodDto(
  z.object({
    keys: z.array(
      z.object({
        kty: z.string(),
        crv: z.string(),
        x: z.string(),
        y: z.string(),
        kid: z.string(),
        alg: z.string(),
        use: z.string(),
      }),
    ),
  }),
) {}

/**
 * The public key that verifies access tokens, as a JSON Web Key Set (RFC 7517), so that anything
 * speaking OpenID/OAuth can verify them, and an external identity provider could take over the issuing.
 */
@ApiTags('sign-in')
@Controller('.well-known')
export class JwksController {
  constructor(@Inject(SigningKey) private readonly key: SigningKey) {}

  @Public()
  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({ summary: 'The key set that verifies access tokens (JWKS)' })
  @ApiOkResponse({ type: JwksDto })
  jwks(): { keys: PublicJwk[] } {
    return { keys: [this.key.jwk] };
  }
}
