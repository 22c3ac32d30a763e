import type { FigureId } from './figures';

/** Where a figure's count is kept when the event names no place (sent before events carried it). */
export const UNKNOWN_PLACE = 'unknown';

/** What one event adds to one figure: on a day (Asia/Shanghai), in a city and district. */
export interface Contribution {
  figure: FigureId;
  day: string;
  cityId: string;
  districtId: string;
  amount: number;
}
