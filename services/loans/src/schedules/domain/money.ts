/**
 * Money is integer fen (1 CNY = 100 fen) and rates are basis points (1 bp = 0.01 %), everywhere. Products
 * of amounts and rates are taken in BigInt, so nothing drifts and nothing overflows; the one rounding step
 * is `divideRoundingHalfUp`, and where it leaves a remainder the last instalment absorbs it.
 */
export type Fen = number;

/** Basis points in a whole (100 %). */
export const WHOLE_BP = 10_000;

/** n / d rounded half up (0.5 fen goes up), for n >= 0 and d > 0. */
export function divideRoundingHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** A bigint result back to fen, refusing what a number cannot hold exactly. */
export function toFen(value: bigint): Fen {
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`${value} fen is out of range`);
  return Number(value);
}

/** The share (in bp) of an amount, rounded half up. */
export function shareOf(amount: Fen, shareBp: number): Fen {
  return toFen(divideRoundingHalfUp(BigInt(amount) * BigInt(shareBp), BigInt(WHOLE_BP)));
}
