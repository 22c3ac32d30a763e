import { courseKeyPart, parseCountKey, type Tally } from './tally';
import { TRAINING_FIGURES } from './training-figures';

export type TrainingFigureId = keyof typeof TRAINING_FIGURES;
export const TRAINING_FIGURE_IDS = Object.keys(TRAINING_FIGURES) as TrainingFigureId[];

export interface CourseQuery {
  /** First and last calendar day (Asia/Shanghai), both included. */
  from: string;
  to: string;
  cityId?: string;
}

export interface CourseRow {
  courseId: string;
  /** The title the course was last counted with in the tallies read (a renamed course shows one). */
  courseTitle: string;
  cityId: string;
  figures: Record<TrainingFigureId, number>;
}

/**
 * The training figures of the query's days per course and city (a course is the bureau's in one city;
 * a row per city keeps the scope of a city officer exact either way), by city then title.
 */
export function courseTable(tallies: readonly Tally[], query: CourseQuery): CourseRow[] {
  const rows = new Map<string, CourseRow>();
  const titles = new Map<string, string>();
  for (const tally of [...tallies].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0)))
    for (const [part, title] of Object.entries(tally.courseTitles)) titles.set(part, title);
  for (const tally of tallies) {
    for (const [text, amount] of Object.entries(tally.counts)) {
      const key = parseCountKey(text);
      if (key.courseId === undefined) continue;
      if (key.day < query.from || key.day > query.to) continue;
      if (query.cityId && key.cityId !== query.cityId) continue;
      if (!(key.figure in TRAINING_FIGURES)) continue;
      const rowKey = `${key.cityId}|${courseKeyPart(key.courseId)}`;
      const row = rows.get(rowKey) ?? {
        courseId: key.courseId,
        courseTitle: titles.get(courseKeyPart(key.courseId)) ?? key.courseId,
        cityId: key.cityId,
        figures: Object.fromEntries(TRAINING_FIGURE_IDS.map((id) => [id, 0])) as CourseRow['figures'],
      };
      row.figures[key.figure as TrainingFigureId] += amount;
      rows.set(rowKey, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.cityId.localeCompare(b.cityId) ||
      a.courseTitle.localeCompare(b.courseTitle, 'zh') ||
      a.courseId.localeCompare(b.courseId),
  );
}
