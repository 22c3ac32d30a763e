import type { Principal } from '@vetlink/auth';
import { z } from 'zod';
import { createZodDto } from '@vetlink/http';
import { Mentor } from './domain/mentor';

export const mentorViewSchema = z.object({
  id: z.string(),
  status: z.string(),
  displayName: z.string(),
  expertise: z.array(z.string()),
  industries: z.array(z.string()),
  cityId: z.string(),
  districtId: z.string().optional(),
  modes: z.array(z.string()),
  address: z.string().optional(),
  meetingLink: z.string().optional(),
  languages: z.array(z.string()),
  bio: z.string(),
  servedIn: z.string().optional(),
  weeklyCapacity: z.number(),
  rating: z.object({ average: z.number().optional(), count: z.number() }),
  verifiedAt: z.string().optional(),
  statusReason: z.string().optional(),
});

export type MentorView = z.infer<typeof mentorViewSchema>;
export class MentorViewDto extends createZodDto(mentorViewSchema) {}

/** The meeting link reaches a veteran with the booking, not with the profile; reasons only to the mentor and officers. */
export function toMentorView(mentor: Mentor, viewer: Principal): MentorView {
  const insider = viewer.role === 'officer' || viewer.userId === mentor.id;
  return {
    id: mentor.id,
    status: mentor.status,
    displayName: mentor.displayName,
    expertise: mentor.expertise,
    industries: mentor.industries,
    cityId: mentor.cityId,
    ...(mentor.districtId ? { districtId: mentor.districtId } : {}),
    modes: mentor.modes,
    ...(mentor.address ? { address: mentor.address } : {}),
    ...(insider && mentor.meetingLink ? { meetingLink: mentor.meetingLink } : {}),
    languages: mentor.languages,
    bio: mentor.bio,
    ...(mentor.servedIn ? { servedIn: mentor.servedIn } : {}),
    weeklyCapacity: mentor.weeklyCapacity,
    rating: {
      ...(mentor.ratingAverage !== undefined ? { average: mentor.ratingAverage } : {}),
      count: mentor.ratingCount,
    },
    ...(mentor.verifiedAt ? { verifiedAt: mentor.verifiedAt.toISOString() } : {}),
    ...(insider && mentor.statusReason ? { statusReason: mentor.statusReason } : {}),
  };
}
