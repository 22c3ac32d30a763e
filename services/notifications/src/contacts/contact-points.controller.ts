import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { ApiErrors, createZodDto, emailAddress } from '@vetlink/http';
import { z } from 'zod';
import { ContactPointsRepository, MaskedContacts } from './contact-points.repository';

const recipientId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.@-]{4,128}$/, "must be the gateway's recipient id (4-128 letters, digits, _ . @ -)");

export class ChangeContactPointsBody extends createZodDto(
  z
    .strictObject({
      email: emailAddress().nullable().optional(),
      sms: recipientId
        .nullable()
        .optional()
        .meta({ description: "the SMS gateway's id for me (never a phone number)" }),
      wechat: recipientId
        .nullable()
        .optional()
        .meta({ description: "the WeChat gateway's id for me (an openid)" }),
    })
    .refine(
      (changes) => Object.keys(changes).length > 0,
      'name at least one contact point (null removes it)',
    ),
) {}

export class ContactPointsDto extends createZodDto(
  z.object({ email: z.string().nullable(), sms: z.string().nullable(), wechat: z.string().nullable() }).meta({
    description: 'masked: the full values are never shown again',
  }),
) {}

@ApiTags('contact points')
@ApiBearerAuth()
@Controller('contact-points/me')
export class ContactPointsController {
  constructor(private readonly contacts: ContactPointsRepository) {}

  @Get()
  @ApiOperation({ summary: 'Where I can be reached outside the app (masked)' })
  @ApiOkResponse({ type: ContactPointsDto.Output })
  @ApiErrors()
  mine(@CurrentPrincipal() principal: Principal): Promise<MaskedContacts> {
    return this.contacts.masked(principal.userId);
  }

  @Patch()
  @ApiOperation({
    summary: 'Register or remove my e-mail address and gateway recipient ids (null removes one)',
    description:
      'Stored encrypted; e-mail and webhook channels are used only once a contact point is registered.',
  })
  @ApiOkResponse({ type: ContactPointsDto.Output })
  @ApiErrors(400)
  change(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangeContactPointsBody,
  ): Promise<MaskedContacts> {
    return this.contacts.change(principal.userId, body);
  }
}
