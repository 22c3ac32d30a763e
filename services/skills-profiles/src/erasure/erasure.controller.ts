import { Controller, Delete, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { EraseMyProfile } from './erase-my-profile';

@ApiTags('my profile')
@ApiBearerAuth()
@Roles('veteran')
@Controller('profiles/me')
export class ErasureController {
  constructor(private readonly eraseMyProfile: EraseMyProfile) {}

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Erase my profile and everything vetlink keeps about me (PIPL right to erasure)',
    description:
      'At once here; every other service forgets the veteran when it receives `profiles.veteran-erased` ' +
      '(inbox, pushes, digests, applications, search indexes). The bureau keeps only anonymous counts. ' +
      'Download your data first: `GET /personal-data/me` on each service. Repeating the request changes nothing.',
  })
  @ApiNoContentResponse({ description: 'erased (or already erased)' })
  @ApiErrors(
    [403, 'only veterans have a profile'],
    [404, 'no profile'],
    [409, 'changed meanwhile; ask again'],
  )
  async erase(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.eraseMyProfile.execute(principal.userId);
  }
}
