import { SESSION_MODES, sessionMeetingLinkField } from '@vetlink/contracts';
import { createZodDto, freeText, PUBLIC_TEXT_REFUSES } from '@vetlink/http';
import { BRANCHES, INDUSTRIES, isKnownCityId, isKnownDistrictId } from '@vetlink/taxonomy';
import { z } from 'zod';
import { EXPERTISE, LANGUAGES } from './domain/mentor';

export const mentorIdField = z.string().regex(/^[\w.:-]{1,128}$/, 'must be a user id');
export const cityIdField = z
  .string()
  .max(80)
  .refine(isKnownCityId, {
    error: (issue) => `unknown Jiangsu city id "${String(issue.input).slice(0, 80)}"`,
  });

const profileShape = {
  displayName: freeText({ min: 2, max: 60, refuse: PUBLIC_TEXT_REFUSES }),
  expertise: z.array(z.enum(EXPERTISE)).min(1).max(8),
  industries: z.array(z.enum(INDUSTRIES)).max(8),
  cityId: cityIdField,
  districtId: z.string().max(80).refine(isKnownDistrictId, { error: 'unknown district id' }).optional(),
  modes: z.array(z.enum(SESSION_MODES)).min(1).max(2),
  // Both travel in the session events (a booking e-mail's calendar invite): the contract's rules apply.
  address: freeText({ max: 200 }).optional(),
  meetingLink: sessionMeetingLinkField.optional(),
  languages: z.array(z.enum(LANGUAGES)).min(1).max(6),
  bio: freeText({ min: 10, max: 2000, multiline: true, refuse: PUBLIC_TEXT_REFUSES }),
  servedIn: z.enum(BRANCHES).optional(),
  weeklyCapacity: z.number().int().min(1).max(40),
};

// Defaults only when applying: a change names exactly what it changes.
export const applyAsMentorSchema = z.strictObject({
  ...profileShape,
  industries: profileShape.industries.default([]),
  languages: profileShape.languages.default(['zh']),
  weeklyCapacity: profileShape.weeklyCapacity.default(5),
});
export const updateMentorSchema = z
  .strictObject(profileShape)
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'name at least one field to change');

export type MentorProfileCommand = z.output<typeof applyAsMentorSchema>;
export type UpdateMentorCommand = z.output<typeof updateMentorSchema>;

export class ApplyAsMentorBody extends createZodDto(applyAsMentorSchema) {}
export class UpdateMentorBody extends createZodDto(updateMentorSchema) {}
export class MentorIdParams extends createZodDto(z.strictObject({ mentorId: mentorIdField })) {}
export class OptionalReasonBody extends createZodDto(
  z.strictObject({ reason: freeText({ min: 3, max: 500, multiline: true }).optional() }),
) {}
export class StatusReasonBody extends createZodDto(
  z.strictObject({ reason: freeText({ min: 3, max: 500, multiline: true }) }),
) {}
