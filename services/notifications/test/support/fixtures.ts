import type { VeteranProfileSnapshot } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { jobMatchedPayload } from '@vetlink/matching-score/testing';

export { jobMatchedPayload };

export function newVeteranId(): string {
  return uniqueName('vet');
}

/** A job match made "now" by the service's clock, so that it is fresh enough to push. */
export function freshMatch(
  veteranId: string,
  now: Date,
  overrides: { jobId?: string; jobFingerprint?: string; title?: string } = {},
) {
  return { ...jobMatchedPayload({ veteranId, ...overrides }), matchedAt: now.toISOString() };
}

/** A profile snapshot as skills-profiles publishes it, with the notification settings given. */
export function profileSnapshot(
  veteranId: string,
  revision: number,
  notificationPreferences: VeteranProfileSnapshot['notificationPreferences'],
): VeteranProfileSnapshot {
  return {
    veteranId,
    revision,
    displayName: '张**',
    residence: {
      cityId: 'nanjing',
      districtId: 'nanjing-xuanwu',
      lat: 32.05,
      lng: 118.8,
      precision: 'district',
    },
    serviceRecord: null,
    declaredSkills: [],
    derivedSkills: [],
    derivedOccupations: [],
    seniorityBand: 'entry',
    certificateIds: [],
    trainingIds: [],
    education: null,
    desiredOccupationIds: [],
    preferredCityIds: [],
    radiusKm: 30,
    minimumMonthlySalary: null,
    employmentTypes: [],
    jobSeekingStatus: 'actively-looking',
    notificationPreferences,
    completeness: 40,
    updatedAt: new Date().toISOString(),
  };
}

/** E-mail settings for the test SMTP server on `port`: plain, no auth, a fixed sender. */
export function emailThrough(port: number) {
  return {
    host: '127.0.0.1',
    port,
    secure: false,
    requireTls: false,
    auth: null,
    from: 'vetlink <noreply@vetlink.example.cn>',
    timeoutMs: 5000,
  };
}
