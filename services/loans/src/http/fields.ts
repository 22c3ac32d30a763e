import { z } from 'zod';
import { isDay } from '../schedules/domain/calendar';

/** The bounds of the ids that events carry. */
export const idField = z.string().trim().min(1).max(128);

/**
 * The largest amount taken anywhere (10 billion CNY): far above any loan, and low enough that every sum
 * of amounts and interest stays an exact integer in a JavaScript number.
 */
export const MAX_AMOUNT_FEN = 1_000_000_000_000;

/** An amount in whole fen (1 CNY = 100 fen): a fraction of a fen or a negative amount is refused. */
export const fenField = z
  .number()
  .int('must be a whole number of fen (1 CNY = 100 fen)')
  .min(0, 'must not be negative')
  .max(MAX_AMOUNT_FEN, 'must be at most 10 billion CNY');

export const positiveFenField = z
  .number()
  .int('must be a whole number of fen (1 CNY = 100 fen)')
  .min(1, 'must be more than 0 fen')
  .max(MAX_AMOUNT_FEN, 'must be at most 10 billion CNY');

export const basisPointsField = z.number().int('must be whole basis points').min(0).max(10_000);

export const dayField = z.string().refine(isDay, 'must be a calendar day written YYYY-MM-DD');

export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');
