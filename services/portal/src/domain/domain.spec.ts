import { describe, expect, it } from 'vitest';
import { nextStages, progressPercent, stageLabelKey, stageTagType } from './stages';
import { localized, salaryRange, scoreBreakdown } from './score';
import {
  checkJobDraft,
  checkLogin,
  checkPassword,
  checkSamePassword,
  loginKind,
  signUpBody,
} from './validation';
import { inAppPath, jobIdOf, linkTarget } from './links';
import { homeOf, roleOfPath } from './roles';
import { cityName, distanceKmLabel, districtsOf, placeOf } from './places';

describe('application stages', () => {
  it('move forward along the pipeline or to rejected, and nowhere from a final stage', () => {
    expect(nextStages('applied')).toEqual(['viewed', 'interview', 'offer', 'hired', 'rejected']);
    expect(nextStages('offer')).toEqual(['hired', 'rejected']);
    expect(nextStages('hired')).toEqual([]);
    expect(nextStages('rejected')).toEqual([]);
    expect(nextStages('withdrawn')).toEqual([]);
  });

  it('have labels, colours and progress', () => {
    expect(stageLabelKey('interview')).toBe('stage.interview');
    expect(stageLabelKey('on-the-moon')).toBe('stage.unknown');
    expect(stageTagType('hired')).toBe('success');
    expect(stageTagType('rejected')).toBe('danger');
    expect(progressPercent('applied')).toBe(20);
    expect(progressPercent('hired')).toBe(100);
  });
});

describe('score breakdown', () => {
  it('reads each component as points out of its weight, in the weights order', () => {
    const parts = scoreBreakdown({
      skills: 24,
      occupation: 15,
      text: 0,
      distance: 8,
      salary: 10,
      employmentType: 4,
      seniority: 5,
      recency: 4,
      veteranPriority: 2,
    });
    expect(parts[0]).toEqual({ key: 'skills', weight: 30, points: 24, percent: 80 });
    expect(parts.map((part) => part.key)).toEqual([
      'skills',
      'occupation',
      'text',
      'salary',
      'seniority',
      'distance',
      'employmentType',
      'recency',
      'veteranPriority',
    ]);
    expect(parts.find((part) => part.key === 'veteranPriority')?.percent).toBe(50);
  });

  it('clamps what is out of range and leaves out what is missing', () => {
    expect(scoreBreakdown({ skills: 45, text: -3 })).toEqual([
      { key: 'skills', weight: 30, points: 30, percent: 100 },
      { key: 'text', weight: 15, points: 0, percent: 0 },
    ]);
  });

  it('reads texts and salaries in the current language', () => {
    expect(localized({ zh: '技能相符', en: 'Skills fit' }, 'zh-CN')).toBe('技能相符');
    expect(localized({ zh: '技能相符', en: 'Skills fit' }, 'en')).toBe('Skills fit');
    expect(salaryRange({ min: 7000, max: 9000 }, 'en')).toBe('7,000–9,000');
    expect(salaryRange({ min: 7000, max: 7000 }, 'en')).toBe('7,000');
  });
});

describe('form validation', () => {
  it('takes a mobile number or an e-mail address as the login', () => {
    expect(loginKind('13812345678')).toBe('mobile');
    expect(loginKind('+86 138-1234-5678')).toBe('mobile');
    expect(loginKind('wang@example.cn')).toBe('email');
    expect(checkLogin('')).toBe('validation.required');
    expect(checkLogin('12345')).toBe('validation.login');
    expect(signUpBody(' 13812345678 ', 'pw')).toEqual({ mobile: '13812345678', password: 'pw' });
    expect(signUpBody('wang@example.cn', 'pw')).toEqual({ email: 'wang@example.cn', password: 'pw' });
  });

  it('applies accounts password policy', () => {
    expect(checkPassword('')).toBe('validation.required');
    expect(checkPassword('short')).toBe('validation.passwordLength');
    expect(checkPassword('wang@example.cn', 'wang@example.cn')).toBe('validation.passwordLogin');
    expect(checkPassword('aaaaaaaaaaaa')).toBe('validation.passwordRun');
    expect(checkPassword('退役不褪色永远跟党走')).toBeUndefined();
    expect(checkSamePassword('a', 'b')).toBe('validation.passwordMismatch');
  });

  it('checks a job draft field by field', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    const good = {
      title: '货车司机',
      description: '负责南京江宁区内城市配送，驾驶轻型货车，退役军人优先。',
      salaryMin: 7000,
      salaryMax: 9000,
      headcount: 2,
      deadline: '2027-01-07T15:59:59Z',
    };
    expect(checkJobDraft(good, now)).toEqual({});
    expect(
      checkJobDraft(
        { ...good, title: ' ', salaryMax: 6000, headcount: 0, deadline: '2026-12-01T00:00:00Z' },
        now,
      ),
    ).toEqual({
      title: 'validation.required',
      salaryMax: 'validation.salaryOrder',
      headcount: 'validation.positive',
      deadline: 'validation.futureDate',
    });
  });
});

describe('links from messages', () => {
  it('open a job in the portal whatever host the message named', () => {
    expect(inAppPath('http://127.0.0.1:8080/jobs/job-42', 'http://127.0.0.1:8680')).toBe(
      '/veteran/jobs/job-42',
    );
    expect(inAppPath('http://127.0.0.1:8680/veteran/inbox?x=1', 'http://127.0.0.1:8680')).toBe(
      '/veteran/inbox?x=1',
    );
    expect(inAppPath('https://meet.example.cn/zhao', 'http://127.0.0.1:8680')).toBeUndefined();
    expect(inAppPath(null, 'http://127.0.0.1:8680')).toBeUndefined();
    expect(linkTarget('/veteran/jobs/job-42')).toBe('job');
    expect(linkTarget('/jobs/featured?week=2026-12-07')).toBe('picks');
    expect(linkTarget('/veteran/applications')).toBe('page');
    expect(jobIdOf('http://x/jobs/a%20b')).toBe('a b');
  });
});

describe('roles and places', () => {
  it('send each role to its home', () => {
    expect(homeOf('veteran')).toBe('/veteran/recommended');
    expect(homeOf('employer')).toBe('/employer/jobs');
    expect(homeOf('officer')).toBe('/officer/employers');
    expect(homeOf('mentor')).toBe('/mentor/sessions');
    expect(homeOf('bank-staff')).toBe('/bank-staff/loans');
    expect(homeOf('base-staff')).toBe('/base-staff/applications');
    expect(homeOf('training-provider')).toBe('/training-provider/runs');
    expect(homeOf('auditor')).toBe('/not-yet');
    expect(homeOf(undefined)).toBe('/sign-in');
    expect(roleOfPath('/employer/jobs/new')).toBe('employer');
    expect(roleOfPath('/bank-staff/loans/l-1')).toBe('bank-staff');
    expect(roleOfPath('/sign-in')).toBeUndefined();
  });

  it('give distances near home to a tenth of a kilometre, farther ones whole', () => {
    expect(distanceKmLabel(0.43)).toBe(0.4);
    expect(distanceKmLabel(9.96)).toBe(10);
    expect(distanceKmLabel(12.6)).toBe(13);
  });

  it('name the taxonomy places in both languages', () => {
    expect(cityName('nanjing', 'zh-CN')).toBe('南京市');
    expect(cityName('nanjing', 'en')).toBe('Nanjing');
    expect(cityName('atlantis', 'en')).toBe('atlantis');
    expect(districtsOf('nanjing').map((d) => d.id)).toContain('nanjing-jiangning');
    expect(placeOf('nanjing-jiangning')?.lat).toBeGreaterThan(31);
  });
});
