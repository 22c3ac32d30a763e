import { residentIdCheckCharacter } from '@vetlink/persistence';
import { randomInt } from 'node:crypto';

/** A valid, unused-looking resident ID number of a Nanjing veteran born between 1985 and 2000. */
export function newIdNumber(): string {
  const birth = `${randomInt(1985, 2001)}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}`;
  const first17 = `320102${birth}${String(randomInt(0, 1000)).padStart(3, '0')}`;
  return `${first17}${residentIdCheckCharacter(first17)}`;
}

export function newPhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

export interface IdentityBody {
  fullName: string;
  idNumber: string;
  phone: string;
}

export function newIdentity(fullName = '王建国'): IdentityBody {
  return { fullName, idNumber: newIdNumber(), phone: newPhone() };
}

/** An army driver from Jiangning with a drone training and a C1 licence: a profile that scores 100. */
export function completeProfileBody(identity: IdentityBody = newIdentity()) {
  return {
    identity,
    residence: { cityId: 'nanjing', districtId: 'nanjing-jiangning', lat: 31.95, lng: 118.84 },
    serviceRecord: {
      branch: 'army',
      specialtyIds: ['wheeled-vehicle-driver'],
      rankId: 'sergeant',
      roleIds: ['squad-leader'],
      yearsServed: 5,
      dischargeDate: '2025-09-01',
      awards: ['优秀士兵'],
    },
    skills: [{ skillId: 'light-vehicle-driving', level: 4 }],
    certificateIds: ['driving-licence-c1'],
    trainingIds: ['drone-flight-control'],
    education: { level: 'senior-high', major: null, institution: '南京市第一中学', graduationYear: 2018 },
    preferences: {
      desiredOccupationIds: ['truck-driver'],
      preferredCityIds: ['nanjing'],
      radiusKm: 30,
      minimumMonthlySalary: 6000,
      employmentTypes: ['full-time'],
    },
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
