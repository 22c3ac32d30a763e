import { createZodDto } from '@vetlink/http';
import { z } from 'zod';
import { TRAINING_FIGURE_IDS } from './domain/course-table';
import { TRAINING_FIGURES } from './domain/training-figures';
import { calendarDay, checkSpan, cityQueryField } from './figures.dto';

export const courseQuerySchema = z
  .strictObject({ from: calendarDay, to: calendarDay, cityId: cityQueryField })
  .superRefine(checkSpan);

export class CourseQueryDto extends createZodDto(courseQuerySchema) {}

const definition = z.object({ zh: z.string(), en: z.string(), definition: z.string() });

export class CourseTableDto extends createZodDto(
  z.object({
    from: z.string(),
    to: z.string(),
    cityId: z.string().nullable(),
    definitions: z.object(
      Object.fromEntries(TRAINING_FIGURE_IDS.map((id) => [id, definition])) as Record<
        string,
        typeof definition
      >,
    ),
    rows: z.array(
      z.object({
        courseId: z.string(),
        courseTitle: z.string(),
        cityId: z.string(),
        figures: z.object(Object.fromEntries(TRAINING_FIGURE_IDS.map((id) => [id, z.number()]))),
      }),
    ),
  }),
) {}

export const TRAINING_DEFINITIONS = TRAINING_FIGURES;
