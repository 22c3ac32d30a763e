import { shanghaiDay } from '@vetlink/clock';
import type { FigureId } from './figures';

/** Where a figure's count is kept when the event names no place (sent before events carried it, or never). */
export const UNKNOWN_PLACE = 'unknown';

/** A course of the bureau's, as the trainings events name it (the per-course figures). */
export interface CourseRef {
  id: string;
  title: string;
}

/**
 * What one event adds to one figure: on a day (Asia/Shanghai), in a city and district, and for the
 * trainings' figures in a course too (kept in the same count, read by place or by course).
 */
export interface Contribution {
  figure: FigureId;
  day: string;
  cityId: string;
  districtId: string;
  amount: number;
  course?: CourseRef;
}

export interface Place {
  cityId?: string;
  districtId?: string;
}

/** Taxonomy ids only: a count key is split on `|`, so anything else is kept under `unknown`. */
const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function placeId(id: string | undefined): string {
  return id && PLACE_ID.test(id) ? id : UNKNOWN_PLACE;
}

/** `amount` of a figure on the Shanghai day of the instant `at`, in the place the event names. */
export function counted(figure: FigureId, at: string, place: Place, amount = 1): Contribution {
  return countedOnDay(figure, shanghaiDay(new Date(at)), place, amount);
}

/** The same on a calendar day the event gives as such (YYYY-MM-DD). */
export function countedOnDay(figure: FigureId, day: string, place: Place, amount = 1): Contribution {
  return { figure, day, cityId: placeId(place.cityId), districtId: placeId(place.districtId), amount };
}

/** The same contribution, kept for a course as well (GET /figures/trainings/courses reads it so). */
export function ofCourse(contribution: Contribution, course: CourseRef): Contribution {
  return { ...contribution, course };
}
