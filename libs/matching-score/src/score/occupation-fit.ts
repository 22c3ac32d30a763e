import { STRENGTH_WEIGHTS } from '@vetlink/taxonomy';
import type { Fit } from './fit';
import type { Evidence, JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/**
 * The job's occupation against the veteran's: 1 when the veteran asked for this occupation, otherwise
 * STRENGTH_WEIGHTS of the strongest crosswalk link from their service (direct 1, partial 0.6,
 * transferable 0.3), otherwise 0.
 */
export function occupationFit(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const desired = veteran.desiredOccupationIds.includes(job.occupationId);
  const derived = veteran.derivedOccupations.find(
    (occupation) => occupation.occupationId === job.occupationId,
  );
  const derivedFit = derived ? STRENGTH_WEIGHTS[derived.strength] : 0;
  if (!desired && !derived) return { fit: 0, reasons: [], vetoes: [] };
  const via: Evidence =
    derived && (derivedFit >= 1 || !desired)
      ? { kind: derived.from[0]?.kind ?? 'specialty', id: derived.from[0]?.id ?? null }
      : { kind: 'desired', id: null };
  return {
    fit: desired ? 1 : derivedFit,
    reasons: [
      {
        kind: 'occupation',
        polarity: 'match',
        occupationId: job.occupationId,
        via,
        ...(derived && via.kind !== 'desired' ? { strength: derived.strength } : {}),
      },
    ],
    vetoes: [],
  };
}
