import type { JobMatchedPayload } from '@vetlink/contracts';
import { createHash } from 'node:crypto';

/** A `matching.job-matched` payload as matching sends it, for unit tests, integration tests and the benchmark. */
export function jobMatchedPayload(
  overrides: { veteranId?: string; jobId?: string; jobFingerprint?: string; title?: string } = {},
): JobMatchedPayload {
  const veteranId = overrides.veteranId ?? 'vet-1';
  const jobId = overrides.jobId ?? '665f1c2ab3d4e5f601234567';
  const jobFingerprint = overrides.jobFingerprint ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
  return {
    matchId: createHash('sha256')
      .update(`${veteranId}\u0000${jobId}\u0000${jobFingerprint}`)
      .digest('hex')
      .slice(0, 32),
    veteranId,
    jobId,
    score: 86,
    components: { skills: 40, occupation: 20, distance: 14, salary: 12 },
    headline: { zh: '仓储物流主管，距您家 12 公里', en: 'Warehouse supervisor, 12 km from home' },
    reasons: [
      {
        kind: 'certificate',
        polarity: 'match',
        certificateId: 'driving-licence-c1',
        heldCertificateId: 'driving-licence-c1',
        text: { zh: '需要 C1 驾驶证——您持有', en: 'Needs a C1 driving licence: you have it' },
      },
      {
        kind: 'distance',
        polarity: 'match',
        distanceKm: 12,
        radiusKm: 30,
        text: { zh: '距您家 12 公里', en: '12 km from home' },
      },
      {
        kind: 'skill',
        polarity: 'match',
        skillId: 'warehouse-management',
        via: { kind: 'specialty', id: 'logistics-supply' },
        text: {
          zh: '仓储管理——来自您的后勤保障专业',
          en: 'Warehouse management: from your logistics specialty',
        },
      },
      {
        kind: 'skill-missing',
        polarity: 'gap',
        skillId: 'forklift-operation',
        text: { zh: '叉车操作（加分项）——您尚未体现', en: 'Forklift operation (preferred): not shown yet' },
      },
      {
        kind: 'occupation',
        polarity: 'match',
        occupationId: 'warehouse-supervisor',
        text: { zh: '与您的服役经历相符的职业', en: 'An occupation your service leads to' },
      },
      {
        kind: 'recent',
        polarity: 'match',
        daysSincePosted: 1,
        text: { zh: '1 天前发布', en: 'Posted 1 day ago' },
      },
    ],
    job: {
      title: overrides.title ?? '仓储物流主管',
      employerId: 'emp-1',
      employerName: '南京顺达物流有限公司',
      occupationId: 'warehouse-supervisor',
      employmentType: 'full-time',
      salary: { min: 6000, max: 9000 },
      cityId: 'nanjing',
      districtId: 'nanjing-xuanwu',
      distanceKm: 12,
      veteransOnly: false,
      veteranPriority: true,
      deadline: '2026-04-30T15:59:59.000Z',
    },
    jobFingerprint,
    trigger: 'job-posted',
    matchedAt: '2026-03-02T02:00:00.000Z',
  };
}
