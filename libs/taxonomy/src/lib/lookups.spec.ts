import {
  findByName,
  getCertificate,
  getCity,
  getDistrict,
  getOccupation,
  getRank,
  getRole,
  getSkill,
  getSpecialty,
  getTraining,
  isKnownCertificateId,
  isKnownCityId,
  isKnownOccupationId,
  isKnownSkillId,
  isKnownSpecialtyId,
  listEntries,
} from './lookups';

describe('lookups by id', () => {
  it('returns the entry for a known id', () => {
    expect(getSkill('heavy-truck-driving')?.zh).toBe('重型货车驾驶');
    expect(getOccupation('security-team-leader')?.seniorityBand).toBe('supervisory');
    expect(getCertificate('driving-licence-a2')?.implies).toContain('driving-licence-b2');
    expect(getSpecialty('wheeled-vehicle-driver')?.zh).toBe('汽车驾驶员');
    expect(getTraining('crayfish-cooking-course')?.en).toMatch(/crayfish/i);
    expect(getCity('suzhou')?.zh).toBe('苏州市');
    expect(getRank('sergeant')?.zh).toBe('中士');
    expect(getRole('squad-leader')?.seniorityBand).toBe('supervisory');
  });

  it('returns undefined for an unknown id', () => {
    expect(getSkill('time-travel')).toBeUndefined();
    expect(getCity('hangzhou')).toBeUndefined();
    expect(getDistrict('nanjing-nowhere')).toBeUndefined();
  });

  it('answers isKnown* for each kind', () => {
    expect(isKnownSkillId('forklift-operation')).toBe(true);
    expect(isKnownSkillId('Forklift-Operation')).toBe(false);
    expect(isKnownOccupationId('truck-driver')).toBe(true);
    expect(isKnownCertificateId('forklift-licence')).toBe(true);
    expect(isKnownSpecialtyId('military-cook')).toBe(true);
    expect(isKnownCityId('huaian')).toBe(true);
    expect(isKnownCityId('shanghai')).toBe(false);
  });

  it('finds a district with the city it belongs to', () => {
    expect(getDistrict('huaian-xuyi')).toMatchObject({ zh: '盱眙县', en: 'Xuyi County', cityId: 'huaian' });
  });

  it('lists every entry of a kind', () => {
    expect(listEntries('city')).toHaveLength(13);
  });
});

describe('findByName', () => {
  it.each([
    ['skill', '重型货车驾驶', 'heavy-truck-driving'],
    ['skill', 'Heavy truck driving', 'heavy-truck-driving'],
    ['skill', '大货车驾驶', 'heavy-truck-driving'],
    ['skill', 'HGV driving', 'heavy-truck-driving'],
    ['occupation', '叉车工', 'forklift-driver'],
    ['certificate', '叉车证', 'forklift-licence'],
    ['certificate', 'A2驾照', 'driving-licence-a2'],
    ['specialty', '汽车兵', 'wheeled-vehicle-driver'],
    ['training', '无人机飞控', 'drone-flight-control'],
    ['city', '苏州', 'suzhou'],
    ['city', 'Huaian', 'huaian'],
    ['rank', '中士', 'sergeant'],
    ['role', '班长', 'squad-leader'],
  ] as const)('finds %s by %p', (kind, text, id) => {
    expect(findByName(kind, text)?.id).toBe(id);
  });

  it.each([
    ['different case', 'hEAVY TRUCK DRIVING'],
    ['full-width letters and spaces', 'ＨＧＶ　ｄｒｉｖｉｎｇ'],
    ['surrounding whitespace', '  大货车驾驶\t'],
    ['a hyphen for a space', 'heavy-truck-driving'],
    ['spaces inside Chinese', '大货车 驾驶'],
  ])('ignores %s', (_case, text) => {
    expect(findByName('skill', text)?.id).toBe('heavy-truck-driving');
  });

  it('only searches the kind asked for', () => {
    expect(findByName('skill', '叉车工')).toBeUndefined();
    expect(findByName('occupation', '叉车工')?.id).toBe('forklift-driver');
  });

  it('returns undefined when nothing matches', () => {
    expect(findByName('skill', '宇航员')).toBeUndefined();
  });
});
