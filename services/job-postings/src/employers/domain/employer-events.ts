import {
  employerRegistered,
  employerVerified,
  nameBasedEventId,
  type EnvelopeOrigin,
  type PayloadOf,
} from '@vetlink/contracts';
import type { Employer, EmployerVerification } from './employer';

/** The namespace of employer-verified event ids: one organisation, one id (RFC 4122 v5). */
const EMPLOYER_VERIFIED_NAMESPACE = '6f1d2a52-0c8e-4b8f-9a37-3c1e5d7b9e42';

function employerRef(employer: Employer) {
  return {
    organisationId: employer.id,
    name: employer.name,
    industry: employer.industry,
    cityId: employer.cityId,
  };
}

export function registeredPayload(employer: Employer): PayloadOf<typeof employerRegistered> {
  return { ...employerRef(employer), registeredAt: employer.createdAt.toISOString() };
}

export function verifiedPayload(
  employer: Employer,
  verification: EmployerVerification,
): PayloadOf<typeof employerVerified> {
  return {
    ...employerRef(employer),
    verifiedBy: verification.verifiedBy,
    verifiedAt: verification.verifiedAt.toISOString(),
  };
}

/**
 * A verification is published under an id named after the organisation: two officers verifying at the
 * same moment (a conditional update is not atomic on FerretDB) publish one event as far as any ledger
 * can tell.
 */
export function verifiedOrigin(employerId: string, origin: EnvelopeOrigin): EnvelopeOrigin {
  return { ...origin, eventId: nameBasedEventId(EMPLOYER_VERIFIED_NAMESPACE, employerId) };
}
