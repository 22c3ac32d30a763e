import {
  getOccupation,
  isKnownCertificateId,
  isKnownCityId,
  isKnownOccupationId,
  isKnownSkillId,
} from '@vetlink/taxonomy';
import { EMPLOYER_KINDS, EMPLOYER_INDUSTRIES, SECTOR_WEIGHTS } from '../employers/sectors';
import { JOB_TEMPLATES, jobTemplate } from './job-templates';

describe('job templates and employer kinds', () => {
  it('name only taxonomy ids, and leave every template at least one core skill to require', () => {
    const problems = JOB_TEMPLATES.flatMap((template) => {
      const found: string[] = [];
      if (!isKnownOccupationId(template.occupationId)) found.push(`occupation ${template.occupationId}`);
      const core = getOccupation(template.occupationId)?.coreSkills ?? [];
      for (const id of [...(template.extraSkills ?? []), ...(template.skipCoreSkills ?? [])])
        if (!isKnownSkillId(id)) found.push(`skill ${id}`);
      for (const [ids] of template.certificates ?? [])
        for (const id of ids) if (!isKnownCertificateId(id)) found.push(`certificate ${id}`);
      if (core.filter((id) => !template.skipCoreSkills?.includes(id)).length === 0)
        found.push('no core skill left');
      return found.map((problem) => `${template.id}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('have sensible bands, ranges and probabilities', () => {
    const bad = JOB_TEMPLATES.filter(
      (template) =>
        template.salary[0] < 3000 ||
        template.salary[1] > 16_000 ||
        template.salary[1] - template.salary[0] < 1000 ||
        template.skillLevels[0] < 1 ||
        template.skillLevels[1] > 5 ||
        template.headcount[0] < 1 ||
        template.experienceYears[0] > template.experienceYears[1] ||
        template.veteransOnly > template.veteranPriority ||
        template.duties.length < 2 ||
        template.title.length > 30,
    );
    expect(bad.map((template) => template.id)).toEqual([]);
    expect(new Set(JOB_TEMPLATES.map((template) => template.id)).size).toBe(JOB_TEMPLATES.length);
  });

  it('are all posted by some kind of employer, and every kind posts known templates in known cities', () => {
    const posted = new Set(EMPLOYER_KINDS.flatMap((kind) => kind.jobs.map(([id]) => id)));
    expect(
      JOB_TEMPLATES.filter((template) => !posted.has(template.id)).map((template) => template.id),
    ).toEqual([]);
    for (const kind of EMPLOYER_KINDS) {
      for (const [id] of kind.jobs) expect(jobTemplate(id).id).toBe(id);
      expect(Object.keys(kind.cityWeights ?? {}).filter((cityId) => !isKnownCityId(cityId))).toEqual([]);
      expect(EMPLOYER_INDUSTRIES).toContain(kind.industry);
      expect(SECTOR_WEIGHTS[kind.sector]).toBeGreaterThan(0);
    }
  });
});
