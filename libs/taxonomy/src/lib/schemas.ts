import { z } from 'zod';
import { BRANCHES, CATEGORIES, RANK_TIERS, SENIORITY_BANDS, STRENGTHS } from './vocabulary';

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

const termSchema = z
  .string()
  .min(1)
  .refine((term) => term.trim() === term, 'must not have surrounding whitespace');

const namedEntryShape = {
  id: idSchema,
  zh: termSchema,
  en: termSchema,
  synonyms: z.strictObject({ zh: z.array(termSchema), en: z.array(termSchema) }),
  /** Where the entry and its links come from (published classifications, placement documents). */
  sources: z.array(termSchema).optional(),
};

const strengthSchema = z.enum(STRENGTHS);
const bandSchema = z.enum(SENIORITY_BANDS);

const skillLinkSchema = z.strictObject({ skillId: idSchema, strength: strengthSchema });
const occupationLinkSchema = z.strictObject({ occupationId: idSchema, strength: strengthSchema });

/** A lat/lng outside Jiangsu (30.7–35.2°N, 116.3–121.9°E) is almost always a swapped or mistyped pair. */
const latitudeSchema = z.number().min(30.5).max(35.3);
const longitudeSchema = z.number().min(116.2).max(122);

export const skillSchema = z.strictObject({ ...namedEntryShape, category: z.enum(CATEGORIES) });

export const occupationSchema = z.strictObject({
  ...namedEntryShape,
  category: z.enum(CATEGORIES),
  seniorityBand: bandSchema,
  coreSkills: z.array(idSchema).min(1),
});

export const certificateSchema = z.strictObject({
  ...namedEntryShape,
  implies: z.array(idSchema).optional(),
  skills: z.array(skillLinkSchema).optional(),
});

export const specialtySchema = z.strictObject({
  ...namedEntryShape,
  branches: z.array(z.enum(BRANCHES)).min(1),
  skills: z.array(skillLinkSchema).min(1),
  occupations: z.array(occupationLinkSchema).min(1),
  certificatesOftenHeld: z.array(idSchema).optional(),
  seniorityOccupations: z
    .array(z.strictObject({ minBand: bandSchema, occupationId: idSchema, strength: strengthSchema }))
    .optional(),
});

export const trainingSchema = z.strictObject({
  ...namedEntryShape,
  skills: z.array(skillLinkSchema).min(1),
  occupations: z.array(occupationLinkSchema).min(1),
  certificatesAwarded: z.array(idSchema).optional(),
});

export const rankSchema = z.strictObject({
  ...namedEntryShape,
  tier: z.enum(RANK_TIERS),
  seniorityBand: bandSchema,
});

export const leadershipRoleSchema = z.strictObject({ ...namedEntryShape, seniorityBand: bandSchema });

export const districtSchema = z.strictObject({
  id: idSchema,
  zh: termSchema,
  en: termSchema,
  lat: latitudeSchema,
  lng: longitudeSchema,
});

export const citySchema = z.strictObject({
  ...namedEntryShape,
  lat: latitudeSchema,
  lng: longitudeSchema,
  districts: z.array(districtSchema).min(3),
});

/** One schema per data file, keyed by file name without extension. */
export const taxonomyDataSchema = z.strictObject({
  skills: z.array(skillSchema),
  occupations: z.array(occupationSchema),
  certificates: z.array(certificateSchema),
  specialties: z.array(specialtySchema),
  trainings: z.array(trainingSchema),
  ranks: z.strictObject({ ranks: z.array(rankSchema), leadershipRoles: z.array(leadershipRoleSchema) }),
  regions: z.array(citySchema),
});

export type Skill = z.infer<typeof skillSchema>;
export type Occupation = z.infer<typeof occupationSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type Specialty = z.infer<typeof specialtySchema>;
export type Training = z.infer<typeof trainingSchema>;
export type Rank = z.infer<typeof rankSchema>;
export type LeadershipRole = z.infer<typeof leadershipRoleSchema>;
export type District = z.infer<typeof districtSchema>;
export type City = z.infer<typeof citySchema>;
export type SkillLink = z.infer<typeof skillLinkSchema>;
export type OccupationLink = z.infer<typeof occupationLinkSchema>;
export type TaxonomyData = z.infer<typeof taxonomyDataSchema>;
