import { describe, expect, it } from 'vitest';
import type { Schemas } from '../api/client';
import { nameList, translationsOf } from './profile-translation';
import { isNamed, termLabel, termsOfCivilianView, textOfCertificateId } from './profile-terms';

type CivilianView = Schemas['skills-profiles.CivilianViewDto_Output'];

const driver = {
  kind: 'specialty' as const,
  id: 'wheeled-vehicle-driver',
  name: { zh: '汽车驾驶员', en: 'Vehicle driver' },
};
const licence = {
  kind: 'certificate' as const,
  id: 'driving-licence-a2',
  name: { zh: 'A2驾驶证', en: 'A2 licence' },
};
const view: CivilianView = {
  seniorityBand: 'skilled',
  skills: [
    {
      skillId: 'heavy-truck-driving',
      name: { zh: '重型货车驾驶', en: 'Heavy truck driving' },
      source: 'derived',
      level: null,
      verified: false,
      strength: 'direct',
      derivedFrom: [licence, driver],
    },
    {
      skillId: 'vehicle-maintenance',
      name: { zh: '车辆例行保养', en: 'Routine vehicle maintenance' },
      source: 'derived',
      level: null,
      verified: false,
      strength: 'partial',
      derivedFrom: [driver],
    },
  ],
  occupations: [
    {
      occupationId: 'truck-driver',
      name: { zh: '货车司机', en: 'Truck driver' },
      strength: 'direct',
      derivedFrom: [driver],
    },
  ],
};

describe('the civilian translation', () => {
  it('says what each specialty, then each certificate, stands for in civilian skills and occupations', () => {
    expect(translationsOf(view, 'zh-CN')).toEqual([
      {
        source: { kind: 'specialty', id: 'wheeled-vehicle-driver', name: '汽车驾驶员' },
        skills: ['重型货车驾驶', '车辆例行保养'],
        occupations: ['货车司机'],
      },
      {
        source: { kind: 'certificate', id: 'driving-licence-a2', name: 'A2驾驶证' },
        skills: ['重型货车驾驶'],
        occupations: [],
      },
    ]);
    expect(translationsOf(view, 'en')[0]!.skills).toEqual([
      'Heavy truck driving',
      'Routine vehicle maintenance',
    ]);
  });

  it('lists names the way each language does, with an ellipsis when some are left out', () => {
    expect(nameList(['重型货车驾驶', '车辆例行保养', '路线规划'], 'zh-CN', 2)).toBe(
      '重型货车驾驶、车辆例行保养……',
    );
    expect(nameList(['a', 'b'], 'en')).toBe('a, b');
  });

  it('names the terms the view names, and a certificate kept as typed by its text', () => {
    const names = new Map(termsOfCivilianView(view).map((term) => [term.id, term]));
    expect(termLabel(names, 'wheeled-vehicle-driver', 'zh-CN')).toBe('汽车驾驶员');
    expect(termLabel(names, 'truck-driver', 'en')).toBe('Truck driver');
    expect(termLabel(names, 'squad-leader', 'zh-CN')).toBe('squad-leader');
    const hex = [...new TextEncoder().encode('潜水证')].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(textOfCertificateId(`text-${hex}`)).toBe('潜水证');
    expect(termLabel(names, `text-${hex}`, 'zh-CN')).toBe('潜水证');
    expect(textOfCertificateId('text-h-0123')).toBeUndefined();
    expect(textOfCertificateId('driving-licence-c1')).toBeUndefined();
    expect(isNamed(names.get('truck-driver'))).toBe(true);
    expect(isNamed({ kind: 'role', id: 'squad-leader', zh: 'squad-leader', en: 'squad-leader' })).toBe(false);
  });
});
