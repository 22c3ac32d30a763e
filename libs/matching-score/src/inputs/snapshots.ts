import type { JobStatus, PayloadOf, VeteranProfileSnapshot, jobPosted, jobUpdated } from '@vetlink/contracts';
import type { JobForMatching, VeteranForMatching } from '../inputs/match-inputs';

/** A job as job-postings last described it (jobs.job-posted / job-updated), without the event's own flags. */
export type JobSnapshot = Omit<PayloadOf<typeof jobUpdated>, 'materialChange' | 'status'> & {
  status: JobStatus;
};

export type { VeteranProfileSnapshot };

/** The job as described by a job-posted or job-updated payload, without the update's own flag. */
export function jobSnapshotOf(
  payload: PayloadOf<typeof jobPosted> | PayloadOf<typeof jobUpdated>,
): JobSnapshot {
  const { materialChange: _materialChange, ...snapshot } = payload as PayloadOf<typeof jobUpdated>;
  return snapshot;
}

export function jobForMatching(snapshot: JobSnapshot): JobForMatching {
  return {
    jobId: snapshot.jobId,
    employerId: snapshot.employerId,
    employerName: snapshot.employerName,
    title: snapshot.title,
    occupationId: snapshot.occupationId,
    requiredSkills: snapshot.requiredSkills.map(({ skillId, level }) => ({ skillId, level })),
    preferredSkills: snapshot.preferredSkills.map(({ skillId, level }) => ({ skillId, level })),
    requiredCertificates: [...snapshot.requiredCertificates],
    description: snapshot.description,
    ...(snapshot.skillTexts?.length ? { skillTexts: [...snapshot.skillTexts] } : {}),
    experienceYears: snapshot.experienceYears,
    location: {
      cityId: snapshot.location.cityId,
      districtId: snapshot.location.districtId,
      lat: snapshot.location.lat,
      lng: snapshot.location.lng,
    },
    salary: { min: snapshot.salary.min, max: snapshot.salary.max },
    employmentType: snapshot.employmentType,
    veteransOnly: snapshot.veteransOnly,
    veteranPriority: snapshot.veteranPriority,
    postedAt: snapshot.postedAt,
    deadline: snapshot.deadline,
  };
}

export function veteranForMatching(snapshot: VeteranProfileSnapshot): VeteranForMatching {
  const residence = snapshot.residence;
  return {
    veteranId: snapshot.veteranId,
    displayName: snapshot.displayName,
    residence: residence && {
      cityId: residence.cityId,
      districtId: residence.districtId,
      lat: residence.lat,
      lng: residence.lng,
    },
    declaredSkills: snapshot.declaredSkills.map(({ skillId, level, verified }) => ({
      skillId,
      level,
      verified,
    })),
    derivedSkills: snapshot.derivedSkills.map(({ skillId, strength, from }) => ({
      skillId,
      strength,
      from: from.map(({ kind, id }) => ({ kind, id })),
    })),
    derivedOccupations: snapshot.derivedOccupations.map(({ occupationId, strength, from }) => ({
      occupationId,
      strength,
      from: from.map(({ kind, id }) => ({ kind, id })),
    })),
    seniorityBand: snapshot.seniorityBand,
    ...(snapshot.serviceRecord ? { yearsServed: snapshot.serviceRecord.yearsServed } : {}),
    specialtyIds: [...(snapshot.serviceRecord?.specialtyIds ?? [])],
    trainingIds: [...snapshot.trainingIds],
    certificateIds: [...snapshot.certificateIds],
    desiredOccupationIds: [...snapshot.desiredOccupationIds],
    typedTerms: (snapshot.typedTerms ?? []).map(({ source, text }) => ({ source, text })),
    preferredCityIds: [...snapshot.preferredCityIds],
    radiusKm: snapshot.radiusKm,
    minimumMonthlySalary: snapshot.minimumMonthlySalary,
    employmentTypes: [...snapshot.employmentTypes],
    jobSeekingStatus: snapshot.jobSeekingStatus,
  };
}
