import { findIntegrityProblems } from './integrity';
import { bundledTaxonomyData, parseTaxonomyData, TaxonomyDataError } from './load-taxonomy';
import type { TaxonomyData } from './schemas';

describe('taxonomy data files', () => {
  const data = parseTaxonomyData(bundledTaxonomyData());
  const copy = (): TaxonomyData => structuredClone(data);

  it('every file parses against its schema and passes the integrity rules', () => {
    expect(findIntegrityProblems(data)).toEqual([]);
  });

  it('covers the breadth the matching needs', () => {
    expect(data.skills.length).toBeGreaterThanOrEqual(200);
    expect(data.occupations.length).toBeGreaterThanOrEqual(60);
    expect(data.certificates.length).toBeGreaterThanOrEqual(25);
    expect(data.specialties.length).toBeGreaterThanOrEqual(60);
    expect(data.trainings.length).toBeGreaterThanOrEqual(15);
    expect(data.regions).toHaveLength(13);
    expect(data.ranks.ranks.map((rank) => rank.zh)).toEqual(
      expect.arrayContaining(['列兵', '上等兵', '下士', '中士', '上士', '一级军士长', '少尉', '大校']),
    );
  });

  it('lists every Jiangsu prefecture-level city with at least three districts', () => {
    expect(data.regions.map((city) => city.id).sort()).toEqual(
      [
        'changzhou',
        'huaian',
        'lianyungang',
        'nanjing',
        'nantong',
        'suqian',
        'suzhou',
        'taizhou',
        'wuxi',
        'xuzhou',
        'yancheng',
        'yangzhou',
        'zhenjiang',
      ].sort(),
    );
    for (const city of data.regions) expect(city.districts.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a malformed file, naming the path', () => {
    const raw = copy() as unknown as { skills: Array<Record<string, unknown>> };
    raw.skills[0].category = 'not-a-category';
    expect(() => parseTaxonomyData(raw)).toThrow(TaxonomyDataError);
    expect(() => parseTaxonomyData(raw)).toThrow(/skills\.0\.category/);
  });

  it('reports duplicate ids', () => {
    const broken = copy();
    broken.skills.push({ ...broken.skills[0], zh: '重复', en: 'Duplicate', synonyms: { zh: [], en: [] } });
    expect(findIntegrityProblems(broken)).toEqual([`skill id "${data.skills[0].id}" is used more than once`]);
  });

  it('reports a synonym shared by two entries of the same file, whatever its width or case', () => {
    const broken = copy();
    broken.skills[1].synonyms.en.push(`  ${data.skills[0].en.toUpperCase()} `.replace(/ /g, '　'));
    expect(findIntegrityProblems(broken).join('\n')).toMatch(/skill term .* belongs to several entries/);
  });

  it('reports references that do not resolve', () => {
    const broken = copy();
    broken.specialties[0].skills.push({ skillId: 'underwater-basket-weaving', strength: 'direct' });
    broken.occupations[0].coreSkills.push('nonexistent-skill');
    broken.certificates[0].implies = ['driving-licence-z9'];
    broken.trainings[0].certificatesAwarded = ['no-such-certificate'];
    const problems = findIntegrityProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"underwater-basket-weaving"'),
        expect.stringContaining('"nonexistent-skill"'),
        expect.stringContaining('"driving-licence-z9"'),
        expect.stringContaining('"no-such-certificate"'),
      ]),
    );
  });

  it('insists supervisory occupations are gated by seniority', () => {
    const broken = copy();
    broken.trainings[0].occupations.push({ occupationId: 'logistics-manager', strength: 'partial' });
    expect(findIntegrityProblems(broken)).toEqual([
      `training ${data.trainings[0].id} occupations: "logistics-manager" needs rank gating (use seniorityOccupations)`,
    ]);
  });

  it('insists a rank-gated occupation is no more senior than its gate', () => {
    const broken = copy();
    broken.specialties[0].seniorityOccupations = [
      { minBand: 'supervisory', occupationId: 'security-manager', strength: 'partial' },
    ];
    expect(findIntegrityProblems(broken)).toEqual([
      `specialty ${data.specialties[0].id} seniorityOccupations: "security-manager" is more senior than its minBand supervisory`,
    ]);
  });
});
