import { JOB_EMPLOYMENT_TYPES } from '@vetlink/contracts';
import { createZodDto } from '@vetlink/http';
import {
  getDistrict,
  isKnownCityId,
  isKnownDistrictId,
  isKnownSkillId,
  taxonomyIdField,
} from '@vetlink/taxonomy';
import { z } from 'zod';
import { JOB_SEARCH_SORTS } from '../search/domain/job-search-query';
import { booleanText, pagingFields } from '../shared/http-params';

const known = taxonomyIdField;

/** `a,b` or the parameter repeated (`skillId=a&skillId=b`), as a list. */
function listOf<Item extends z.ZodType>(item: Item, max: number) {
  return z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : value,
    z.array(item).min(1).max(max),
  );
}

export const jobSearchQuerySchema = z
  .strictObject({
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'free text in Chinese or English (synonyms of the crosswalk apply)' }),
    cityId: known(isKnownCityId, 'Jiangsu city').optional(),
    districtId: known(isKnownDistrictId, 'district').optional(),
    employmentType: listOf(z.enum(JOB_EMPLOYMENT_TYPES), JOB_EMPLOYMENT_TYPES.length).optional(),
    salaryMin: z.coerce
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .optional()
      .meta({ description: 'CNY a month the range must reach' }),
    skillIds: listOf(known(isKnownSkillId, 'skill'), 20).optional(),
    veteranPriority: booleanText
      .optional()
      .meta({ description: 'true: veterans given priority or reserved for them' }),
    veteransOnly: booleanText.optional(),
    near: z.literal('home').optional().meta({ description: "`home`: around the calling veteran's home" }),
    lat: z.coerce.number().min(30.5).max(35.3).optional(),
    lng: z.coerce.number().min(116.2).max(122).optional(),
    radiusKm: z.coerce
      .number()
      .int()
      .min(1)
      .max(500)
      .optional()
      .meta({ description: 'with `near` or `lat`+`lng`; 30 by default' }),
    sort: z.enum(JOB_SEARCH_SORTS).optional(),
    ...pagingFields,
  })
  .superRefine((query, context) => {
    if ((query.lat === undefined) !== (query.lng === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [query.lat === undefined ? 'lat' : 'lng'],
        message: 'give both lat and lng, or neither',
      });
    }
    if (query.near && query.lat !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['near'],
        message: 'give either near=home or lat and lng, not both',
      });
    }
    if (query.radiusKm !== undefined && !query.near && query.lat === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['radiusKm'],
        message: 'a radius needs a centre: near=home, or lat and lng',
      });
    }
    if (query.sort === 'distance' && !query.near && query.lat === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['sort'],
        message: 'sorting by distance needs near=home, or lat and lng',
      });
    }
    if (query.sort === 'relevance' && !query.q) {
      context.addIssue({ code: 'custom', path: ['sort'], message: 'sorting by relevance needs q' });
    }
    if (query.cityId && query.districtId && getDistrict(query.districtId)?.cityId !== query.cityId) {
      context.addIssue({
        code: 'custom',
        path: ['districtId'],
        message: `district "${query.districtId}" is not in city "${query.cityId}"`,
      });
    }
  });

export class JobSearchQuery extends createZodDto(jobSearchQuerySchema) {}
