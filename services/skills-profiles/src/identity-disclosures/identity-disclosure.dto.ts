import { createZodDto, freeText } from '@vetlink/http';
import { z } from 'zod';
import { idNumberField, veteranIdField } from '../profiles/profile.dto';

/** Why the officer needs it: shown to the veteran, so it is plain text without personal data. */
const reasonField = freeText({ min: 4, max: 300 }).meta({
  description: 'Why the clear value is needed (the veteran reads it)',
  example: '核实创业贷款贴息申请的身份信息',
});

export class DisclosureBody extends createZodDto(z.strictObject({ reason: reasonField })) {}

export class IdNumberLookupBody extends createZodDto(
  z.strictObject({ idNumber: idNumberField, reason: reasonField }),
) {}

export class DisclosureParams extends createZodDto(z.strictObject({ veteranId: veteranIdField })) {}

const disclosureView = z.object({
  disclosureId: z.string(),
  officerId: z.string(),
  fields: z.array(z.enum(['idNumber', 'phone'])),
  reason: z.string(),
  at: z.iso.datetime(),
});

export class DisclosureListDto extends createZodDto(z.object({ items: z.array(disclosureView) })) {}

export class ClearIdentityDto extends createZodDto(
  z.object({
    disclosureId: z.string(),
    veteranId: z.string(),
    fullName: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    at: z.iso.datetime(),
  }),
) {}

export type DisclosureView = z.infer<typeof disclosureView>;
