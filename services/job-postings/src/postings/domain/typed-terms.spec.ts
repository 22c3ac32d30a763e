import { isTextTermId, textOfTermId } from '@vetlink/taxonomy';
import {
  inferOccupation,
  resolveCertificates,
  resolveSkills,
  withTypedSkills,
  type TermReport,
} from './typed-terms';

const emptyReport = (): TermReport => ({ resolved: [], kept: [] });

describe('typed terms of a job', () => {
  it('reads certificate names as people write them and keeps an unknown one as a requirement by its text', () => {
    const report = emptyReport();
    const ids = resolveCertificates(['A2驾驶证', 'forklift-licence', '健身教练证'], report);
    expect(ids.slice(0, 2)).toEqual(['driving-licence-a2', 'forklift-licence']);
    expect(isTextTermId(ids[2]!)).toBe(true);
    expect(textOfTermId(ids[2]!)).toBe('健身教练证');
    expect(report.kept).toEqual([{ field: 'requiredCertificates', text: '健身教练证' }]);
    expect(report.resolved[0]).toMatchObject({ text: 'A2驾驶证', id: 'driving-licence-a2' });
  });

  it('turns typed skills the taxonomy knows into requirements and keeps the rest as text', () => {
    const report = emptyReport();
    const { requirements, skillTexts } = resolveSkills(
      ['牵引车驾驶', '车辆例行保养', '甩挂运输'],
      [{ skillId: 'tractor-trailer-driving', level: 4 }],
      report,
    );
    // Already picked at level 4: not listed twice.
    expect(requirements).toEqual([{ skillId: 'vehicle-daily-maintenance', level: 3 }]);
    expect(skillTexts).toEqual(['甩挂运输']);
    expect(report.kept).toEqual([{ field: 'skills', text: '甩挂运输' }]);
  });

  it("an edit's typed skills replace the text kept before and add what the taxonomy knows to the required skills", () => {
    const job = {
      requiredSkills: [{ skillId: 'tractor-trailer-driving', level: 4 }],
      preferredSkills: [{ skillId: 'vehicle-daily-maintenance', level: 2 }],
    };
    expect(
      withTypedSkills(job, { skills: ['牵引车驾驶', '车辆例行保养', '甩挂运输'], headcount: 3 }),
    ).toEqual({
      headcount: 3,
      requiredSkills: [{ skillId: 'tractor-trailer-driving', level: 4 }],
      skillTexts: ['甩挂运输'],
    });
    // the edit's own lists, when it has them, are what the typed skills join
    expect(withTypedSkills(job, { skills: ['车辆例行保养'], preferredSkills: [] })).toEqual({
      preferredSkills: [],
      requiredSkills: [
        { skillId: 'tractor-trailer-driving', level: 4 },
        { skillId: 'vehicle-daily-maintenance', level: 3 },
      ],
      skillTexts: [],
    });
    expect(withTypedSkills(job, { title: '司机' })).toEqual({ title: '司机' });
  });

  it('infers the occupation from the title, showing how', () => {
    const report = emptyReport();
    expect(inferOccupation('重型牵引车司机', [], report)).toBe('tractor-trailer-driver');
    expect(report.resolved).toEqual([
      expect.objectContaining({ field: 'occupationId', id: 'tractor-trailer-driver', method: 'inferred' }),
    ]);
  });

  it('weighs rare words of a title and its description over common ones when no occupation name fits', () => {
    expect(
      inferOccupation('气象雷达维护员', [], emptyReport(), [
        '负责天气雷达站的日常维护和定期标定，有雷达维修经历者优先',
      ]),
    ).toBe('radar-technician');
    expect(inferOccupation('安防监控系统运维员', [], emptyReport())).toBe('cctv-operator');
  });

  it('infers nothing from words that say nothing', () => {
    expect(inferOccupation('急招', [], emptyReport(), ['待遇从优'])).toBeUndefined();
  });
});
