import type { SessionMode } from '@vetlink/contracts';
import type { Branch, Industry } from '@vetlink/taxonomy';
import { IllegalTransitionError } from '@vetlink/http';

/** What mentors help with (the bureau's pools: Suqian's 66 mentors, Changzhou's one-on-one team). */
export const EXPERTISE = [
  'entrepreneurship',
  'e-commerce-live-streaming',
  'catering',
  'logistics',
  'agriculture',
  'finance-loans',
  'job-search-interviews',
  'law-tax',
  'manufacturing',
  'digital-skills',
  'security-services',
  'driving-transport',
] as const;
export type Expertise = (typeof EXPERTISE)[number];

export const LANGUAGES = ['zh', 'en', 'wu', 'jianghuai', 'cantonese', 'sichuanese'] as const;

/** applied → verified ⇄ suspended; applied → rejected. Only verified mentors are found and booked. */
export type MentorStatus = 'applied' | 'verified' | 'suspended' | 'rejected';

export interface MentorProfile {
  displayName: string;
  expertise: Expertise[];
  industries: Industry[];
  cityId: string;
  districtId?: string;
  modes: SessionMode[];
  /** In-person sessions take place here. */
  address?: string;
  /** Online sessions take place here. */
  meetingLink?: string;
  languages: string[];
  bio: string;
  /** Where they served, if they did (many mentors are veterans themselves). */
  servedIn?: Branch;
  /** Sessions a week the mentor wants at most (also the availability's weekly cap). */
  weeklyCapacity: number;
}

export interface Mentor extends MentorProfile {
  id: string;
  status: MentorStatus;
  ratingCount: number;
  ratingAverage?: number;
  appliedAt: Date;
  verifiedAt?: Date;
  verifiedBy?: string;
  statusReason?: string;
  updatedAt: Date;
}

export type MentorAction = 'verify' | 'reject' | 'suspend' | 'reactivate';

const ALLOWED: Record<MentorAction, { from: MentorStatus[]; to: MentorStatus }> = {
  verify: { from: ['applied'], to: 'verified' },
  reject: { from: ['applied'], to: 'rejected' },
  suspend: { from: ['verified'], to: 'suspended' },
  reactivate: { from: ['suspended'], to: 'verified' },
};

/** The status an officer's action leads to, or an IllegalTransitionError naming the current one. */
export function nextStatus(current: MentorStatus, action: MentorAction): MentorStatus {
  const rule = ALLOWED[action];
  if (!rule.from.includes(current)) throw new IllegalTransitionError('mentor', current, action, rule.from);
  return rule.to;
}

export function isBookable(mentor: Pick<Mentor, 'status'>): boolean {
  return mentor.status === 'verified';
}

/** A profile's mode needs its place: an address for in person, a link for online. */
export function missingPlace(profile: Pick<MentorProfile, 'modes' | 'address' | 'meetingLink'>) {
  const issues: { field: string; message: string }[] = [];
  if (profile.modes.includes('in-person') && !profile.address)
    issues.push({ field: 'address', message: 'is required when the mentor meets in person' });
  if (profile.modes.includes('online') && !profile.meetingLink)
    issues.push({ field: 'meetingLink', message: 'is required when the mentor meets online' });
  return issues;
}

/** The rating after one more: an average kept to two decimals. */
export function averageOf(ratings: readonly number[]): number | undefined {
  if (ratings.length === 0) return undefined;
  return Math.round((ratings.reduce((sum, stars) => sum + stars, 0) / ratings.length) * 100) / 100;
}
