/**
 * Open jobs are kept under `<cityId>:<jobId>`, so that a city's jobs are one range of `_id` (the only
 * field FerretDB answers from an index): `[<cityId>:, <cityId>;)`, `;` being the character after `:`.
 * Taxonomy city ids are lowercase words and hyphens, never a colon, so no city's range holds another's.
 */
export function openJobId(cityId: string, jobId: string): string {
  return `${cityId}:${jobId}`;
}

export function cityRange(cityId: string): { $gte: string; $lt: string } {
  return { $gte: `${cityId}:`, $lt: `${cityId};` };
}
