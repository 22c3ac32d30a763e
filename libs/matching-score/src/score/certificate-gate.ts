import { certificatesCovered, certificateSatisfies } from '@vetlink/taxonomy';
import type { Fit } from './fit';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';
import type { ReasonFacts } from './reason-facts';

/**
 * Required certificates are hard requirements, not points: each one the veteran holds, or holds a
 * higher class of (an A2 licence covers B2, C1 and C2, see the taxonomy's `implies`), is a reason;
 * each one missing is a veto (`certificate-missing`). The fit is 1 when all are held.
 */
export function certificateGate(job: JobForMatching, veteran: VeteranForMatching): Fit {
  const reasons: ReasonFacts[] = [];
  const vetoes: ReasonFacts[] = [];
  for (const certificateId of job.requiredCertificates) {
    if (!certificateSatisfies(veteran.certificateIds, certificateId)) {
      vetoes.push({ kind: 'certificate-missing', polarity: 'veto', certificateId });
      continue;
    }
    reasons.push({
      kind: 'certificate',
      polarity: 'match',
      certificateId,
      heldCertificateId: coveringCertificate(veteran.certificateIds, certificateId),
    });
  }
  return { fit: vetoes.length === 0 ? 1 : 0, reasons, vetoes };
}

/** The certificate held that covers the required one: itself when held, else the lowest class that covers it. */
export function coveringCertificate(held: readonly string[], required: string): string {
  if (held.includes(required)) return required;
  const covering = held.filter((id) => certificatesCovered([id]).has(required));
  // Fewest implied classes first: "C1 — you hold B2 (covers C1)" says more than "... A1".
  covering.sort(
    (a, b) => certificatesCovered([a]).size - certificatesCovered([b]).size || a.localeCompare(b),
  );
  return covering[0] ?? required;
}
