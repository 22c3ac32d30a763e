import { describe, expect, it } from 'vitest';
import type { components } from '../api/schema';
import {
  checkJobForm,
  emptyJobForm,
  isEditable,
  jobChanges,
  jobFormOf,
  newJobBody,
  previewOf,
} from './job-form';
import { endOfShanghaiDay, shanghaiDay } from './shanghai-time';

type Job = components['schemas']['job-postings.JobViewDto'];

const job: Job = {
  id: '0123456789abcdef01234567',
  employerId: 'org-1',
  employerName: '南京城配物流有限公司',
  title: '城配货车司机',
  description: '负责江宁区内城配送货，持 C1 以上驾照，退役军人优先。',
  occupationId: 'truck-driver',
  requiredSkills: [{ skillId: 'heavy-vehicle-driving', level: 4 }],
  preferredSkills: [],
  requiredCertificates: ['driving-licence-a2'],
  skillTexts: ['城市配送'],
  benefits: [],
  education: 'none',
  experienceYears: 0,
  location: {
    cityId: 'nanjing',
    districtId: 'nanjing-jiangning',
    address: '秣陵街道 8 号',
    lat: 31.9,
    lng: 118.8,
  },
  salary: { min: 7000, max: 9000 },
  employmentType: 'full-time',
  headcount: 3,
  hiredCount: 1,
  // 2026-12-20 23:59:59 in Shanghai
  deadline: '2026-12-20T15:59:59.000Z',
  status: 'open',
  veteranPriority: true,
  veteransOnly: false,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('posting a job', () => {
  // 2026-12-07 23:30 in Shanghai: the default deadline is 30 Shanghai days later, not 30 UTC days
  const now = Date.parse('2026-12-07T15:30:00.000Z');

  it('starts from a form that only needs what the employer alone knows', () => {
    const form = emptyJobForm(now);
    expect(form.deadline).toBe('2027-01-06');
    expect(checkJobForm(form, now)).toEqual({
      title: 'validation.required',
      description: 'validation.descriptionLength',
      districtId: 'validation.required',
      address: 'validation.required',
    });
  });

  it('posts picked skills at level 3 and typed skills and certificates as texts, trimmed, blanks left out', () => {
    const form = {
      ...emptyJobForm(now),
      title: ' 城配货车司机 ',
      description: '负责江宁区内城配送货，持 C1 以上驾照，退役军人优先。',
      occupationIds: ['truck-driver'],
      skillIds: ['heavy-vehicle-driving'],
      skillTexts: [' 冷藏车驾驶 ', ' '],
      certificates: ['A2驾驶证'],
      districtId: 'nanjing-jiangning',
      address: '秣陵街道 8 号',
    };
    expect(checkJobForm(form, now)).toEqual({});
    expect(newJobBody(form, { lat: 31.9, lng: 118.8 })).toMatchObject({
      title: '城配货车司机',
      occupationId: 'truck-driver',
      requiredSkills: [{ skillId: 'heavy-vehicle-driving', level: 3 }],
      skills: ['冷藏车驾驶'],
      requiredCertificates: ['A2驾驶证'],
      location: { cityId: 'nanjing', districtId: 'nanjing-jiangning', address: '秣陵街道 8 号', lat: 31.9 },
      deadline: '2027-01-06T15:59:59.000Z',
    });
  });

  it('leaves the occupation out when none was picked (job-postings infers it from the title and skills)', () => {
    expect(newJobBody(emptyJobForm(now))).not.toHaveProperty('occupationId');
  });
});

describe('editing a job', () => {
  it('edits drafts and live jobs only', () => {
    expect(
      ['draft', 'open', 'paused', 'closed', 'filled'].filter((s) => isEditable(s as Job['status'])),
    ).toEqual(['draft', 'open', 'paused']);
  });

  it('reads deadlines as days in Shanghai and back', () => {
    expect(shanghaiDay('2026-12-20T15:59:59.000Z')).toBe('2026-12-20');
    expect(shanghaiDay('2026-12-20T16:30:00.000Z')).toBe('2026-12-21');
    expect(endOfShanghaiDay('2026-12-20')).toBe('2026-12-20T15:59:59.000Z');
  });

  it('sends nothing for an untouched form', () => {
    expect(jobChanges(job, jobFormOf(job))).toEqual({});
  });

  it('sends the typed skills again when they changed: they replace those kept', () => {
    const form = { ...jobFormOf(job), skillTexts: ['城市配送', '叉车驾驶'] };
    expect(jobChanges(job, form)).toEqual({ skills: ['城市配送', '叉车驾驶'] });
  });

  it('sends only the fields changed, keeping the level of skills the job had', () => {
    const form = {
      ...jobFormOf(job),
      title: ' 城配货车司机（江宁） ',
      skillIds: ['heavy-vehicle-driving', 'cargo-securing'],
      certificates: ['driving-licence-a2', '叉车证 '],
      headcount: 4,
      deadline: '2026-12-31',
    };
    expect(jobChanges(job, form)).toEqual({
      title: '城配货车司机（江宁）',
      requiredSkills: [
        { skillId: 'heavy-vehicle-driving', level: 4 },
        { skillId: 'cargo-securing', level: 3 },
      ],
      requiredCertificates: ['driving-licence-a2', '叉车证'],
      headcount: 4,
      deadline: '2026-12-31T15:59:59.000Z',
    });
  });

  it('sends the whole location with the new place when the district changes', () => {
    const form = { ...jobFormOf(job), districtId: 'nanjing-jianye' };
    expect(jobChanges(job, form, { lat: 32.0, lng: 118.7 })).toEqual({
      location: {
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
        address: '秣陵街道 8 号',
        lat: 32.0,
        lng: 118.7,
      },
    });
  });

  it('previews unsaved edits as the veteran will read them', () => {
    const preview = previewOf(job, { ...jobFormOf(job), title: '冷链司机', salaryMax: 10000 });
    expect(preview).toMatchObject({
      title: '冷链司机',
      salary: { min: 7000, max: 10000 },
      skillTexts: ['城市配送'],
    });
    expect(preview.deadline).toBe(job.deadline);
  });
});
