import { createZodDto } from '@vetlink/http';
import { isKnownCityId, taxonomyIdField } from '@vetlink/taxonomy';
import { z } from 'zod';
import { DERIVED_FIGURES, FIGURE_IDS, FIGURES } from './domain/figures';
import { GROUPINGS, PERIODS } from './domain/figure-table';

/** The longest span one request adds up: three years of days. */
export const MAX_SPAN_DAYS = 3 * 366;
const DAY_MS = 24 * 3600_000;

export const calendarDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a calendar day, YYYY-MM-DD')
  .refine((day) => isCalendarDay(day), 'no such day');

/** 2026-02-30 matches the pattern but is no day; refinements also run on text that failed the pattern. */
function isCalendarDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

export const cityQueryField = taxonomyIdField(isKnownCityId, 'Jiangsu city').optional();

/** `from` not after `to`, at most MAX_SPAN_DAYS apart: each error names its field. */
export function checkSpan(query: { from: string; to: string }, context: z.RefinementCtx): void {
  if (query.from > query.to)
    context.addIssue({ code: 'custom', message: 'must not be after `to`', path: ['from'] });
  else if (Date.parse(query.to) - Date.parse(query.from) > MAX_SPAN_DAYS * DAY_MS)
    context.addIssue({
      code: 'custom',
      message: `the span may be at most ${MAX_SPAN_DAYS} days`,
      path: ['to'],
    });
}

export const figureQuerySchema = z
  .strictObject({
    from: calendarDay,
    to: calendarDay,
    period: z.enum(PERIODS).default('month'),
    by: z.enum(GROUPINGS).default('city'),
    cityId: cityQueryField,
  })
  .superRefine(checkSpan);

export class FigureQueryDto extends createZodDto(figureQuerySchema) {}

const figureValues = z.object({
  ...Object.fromEntries(FIGURE_IDS.map((id) => [id, z.number()])),
  'average-days-to-hire': z.number().nullable(),
});

const definition = z.object({ zh: z.string(), en: z.string(), definition: z.string() });

export class FigureTableDto extends createZodDto(
  z.object({
    from: z.string(),
    to: z.string(),
    period: z.enum(PERIODS),
    by: z.enum(GROUPINGS),
    cityId: z.string().nullable(),
    definitions: z.object(
      Object.fromEntries(
        [...FIGURE_IDS, ...Object.keys(DERIVED_FIGURES)].map((id) => [id, definition]),
      ) as Record<string, typeof definition>,
    ),
    rows: z.array(
      z.object({
        period: z.string(),
        cityId: z.string().optional(),
        districtId: z.string().optional(),
        figures: figureValues,
      }),
    ),
  }),
) {}

export const DEFINITIONS = { ...FIGURES, ...DERIVED_FIGURES };
