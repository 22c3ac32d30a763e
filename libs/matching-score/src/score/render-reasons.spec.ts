import { driverVeteran, NOW, truckJob } from '../testing/fixtures';
import { renderReason, renderReasons } from './render-reasons';
import type { ReasonFacts } from './reason-facts';
import { scoreMatch } from './score-match';

const text = (reason: ReasonFacts, audience: 'veteran' | 'employer' = 'veteran') =>
  renderReason(reason, audience).text;

describe('reasons in Chinese and English', () => {
  it('says which skill matched and through which military specialty', () => {
    expect(
      text({
        kind: 'skill',
        polarity: 'match',
        skillId: 'forklift-operation',
        requirement: 'required',
        via: { kind: 'specialty', id: 'wheeled-vehicle-driver' },
        strength: 'direct',
      }),
    ).toEqual({
      zh: '叉车操作 — 来自您的军事专业：汽车驾驶员',
      en: 'Forklift operation — from your military specialty: wheeled vehicle driver',
    });
  });

  it('says which training or declared skill it came from, and marks preferred skills', () => {
    expect(
      text({
        kind: 'skill',
        polarity: 'match',
        skillId: 'forklift-operation',
        requirement: 'preferred',
        via: { kind: 'training', id: 'forklift-course' },
      }),
    ).toEqual({
      zh: '叉车操作（加分项） — 来自您的培训：叉车培训',
      en: 'Forklift operation (preferred) — from your training: forklift course',
    });
    expect(
      text({
        kind: 'skill',
        polarity: 'match',
        skillId: 'welding',
        requirement: 'required',
        via: { kind: 'declared', id: null },
      }),
    ).toEqual({
      zh: '焊接 — 您的自述技能',
      en: 'Welding — a skill you declared',
    });
  });

  it('explains a licence covered by a higher class', () => {
    expect(
      text({
        kind: 'certificate',
        polarity: 'match',
        certificateId: 'driving-licence-c1',
        heldCertificateId: 'driving-licence-a2',
      }),
    ).toEqual({
      zh: '需要 C1驾驶证 — 您持有 A2驾驶证（涵盖 C1驾驶证）',
      en: 'Needs Driving licence C1 — you hold Driving licence A2 (covers Driving licence C1)',
    });
    expect(
      text({ kind: 'certificate-missing', polarity: 'veto', certificateId: 'driving-licence-c1' }),
    ).toEqual({
      zh: '需要 C1驾驶证 — 您尚未持有',
      en: 'Needs Driving licence C1 — you do not hold it',
    });
  });

  it('gives distance, pay and flags', () => {
    expect(text({ kind: 'distance', polarity: 'match', distanceKm: 12.3, radiusKm: 30 })).toEqual({
      zh: '距您家 12 公里，在您设定的 30 公里范围内',
      en: '12 km from your home, within the 30 km you set',
    });
    expect(text({ kind: 'outside-radius', polarity: 'veto', distanceKm: 85, radiusKm: 30 })).toEqual({
      zh: '距您家 85 公里，超出您设定的 30 公里范围',
      en: '85 km from your home, beyond the 30 km you set',
    });
    expect(
      text({ kind: 'salary', polarity: 'match', salaryMin: 6000, salaryMax: 8000, salaryFloor: 5000 }),
    ).toEqual({
      zh: '月薪 6000–8000 元，不低于您期望的 5000 元',
      en: 'Pays CNY 6,000–8,000 a month, at or above your minimum of CNY 5,000',
    });
    expect(
      text({
        kind: 'salary-below-floor',
        polarity: 'veto',
        salaryMin: 3000,
        salaryMax: 4000,
        salaryFloor: 6000,
      }),
    ).toEqual({
      zh: '月薪最高 4000 元，低于您期望的 6000 元',
      en: 'Pays at most CNY 4,000 a month, below your minimum of CNY 6,000',
    });
    expect(text({ kind: 'veterans-only', polarity: 'match' })).toEqual({
      zh: '退役军人专属岗位',
      en: 'Reserved for veterans',
    });
    expect(text({ kind: 'veteran-priority', polarity: 'match' })).toEqual({
      zh: '退役军人优先录用',
      en: 'Veterans given priority',
    });
    expect(text({ kind: 'preferred-city', polarity: 'match', cityId: 'suzhou' })).toEqual({
      zh: '在您愿意去的城市：苏州市',
      en: 'In a city you said you would work in: Suzhou',
    });
  });

  it('names the occupation and why it fits', () => {
    expect(
      text({
        kind: 'occupation',
        polarity: 'match',
        occupationId: 'truck-driver',
        via: { kind: 'specialty', id: 'wheeled-vehicle-driver' },
        strength: 'direct',
      }),
    ).toEqual({
      zh: '货车司机 — 您的军事专业：汽车驾驶员，直接对口',
      en: 'Truck driver — a direct fit for your military specialty: wheeled vehicle driver',
    });
    expect(
      text({
        kind: 'occupation',
        polarity: 'match',
        occupationId: 'truck-driver',
        via: { kind: 'desired', id: null },
      }),
    ).toEqual({
      zh: '货车司机 — 您希望从事的职业',
      en: 'Truck driver — an occupation you asked for',
    });
  });

  it('speaks of the candidate in the third person to employers', () => {
    expect(
      text(
        {
          kind: 'certificate',
          polarity: 'match',
          certificateId: 'driving-licence-c1',
          heldCertificateId: 'driving-licence-a2',
        },
        'employer',
      ),
    ).toEqual({
      zh: '需要 C1驾驶证 — 持有 A2驾驶证（涵盖 C1驾驶证）',
      en: 'Needs Driving licence C1 — holds Driving licence A2 (covers Driving licence C1)',
    });
    expect(
      text(
        {
          kind: 'skill',
          polarity: 'match',
          skillId: 'forklift-operation',
          requirement: 'required',
          via: { kind: 'specialty', id: 'wheeled-vehicle-driver' },
        },
        'employer',
      ),
    ).toEqual({
      zh: '叉车操作 — 来自其军事专业：汽车驾驶员',
      en: 'Forklift operation — from their military specialty: wheeled vehicle driver',
    });
  });

  it('renders every reason of a real assessment in both languages, keeping the structure', () => {
    const assessment = scoreMatch(truckJob(), driverVeteran({ radiusKm: 5, certificateIds: [] }), NOW);
    for (const reason of renderReasons([...assessment.reasons, ...assessment.vetoes])) {
      expect(reason.text.zh).toMatch(/[\u4e00-\u9fff]/u);
      expect(reason.text.en).not.toMatch(/[\u4e00-\u9fff]/u);
      expect(reason.text.zh).not.toMatch(/undefined|\?/);
      expect(reason.text.en).not.toMatch(/undefined|\?/);
    }
  });
});
