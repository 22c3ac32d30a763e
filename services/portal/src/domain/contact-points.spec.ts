import { describe, expect, it } from 'vitest';
import {
  checkContactEmail,
  contactIssuesOf,
  EMAIL_REMOVAL,
  emailChangeOf,
  unreachableChannels,
} from './contact-points';

describe('contact points', () => {
  it('takes an address notifications takes', () => {
    expect(checkContactEmail(' li.wei+jobs@example.com.cn ')).toBeUndefined();
  });

  it('asks for an address when none is typed', () => {
    expect(checkContactEmail('  ')).toBe('validation.required');
  });

  it.each([
    'li.wei',
    'li@wei',
    'li wei@example.com',
    'li..wei@example.com',
    'li@example.c0m',
    `${'a'.repeat(65)}@example.com`,
    `li@${'a'.repeat(250)}.com`,
  ])('refuses %s', (typed) => {
    expect(checkContactEmail(typed)).toBe('contactPoints.check.email');
  });

  it('sends the address without surrounding spaces, and null to remove it', () => {
    expect(emailChangeOf(' li@example.com ')).toEqual({ email: 'li@example.com' });
    expect(EMAIL_REMOVAL).toEqual({ email: null });
  });

  it('names the ticked channels whose contact point is missing, in the order ticked', () => {
    const contacts = { email: null, sms: '***1234', wechat: null };
    expect(unreachableChannels(['wechat', 'sms', 'email'], contacts)).toEqual(['wechat', 'email']);
    expect(unreachableChannels(['in-app', 'sms'], contacts)).toEqual([]);
    expect(unreachableChannels(['email'], { email: 'l***@example.com', sms: null, wechat: null })).toEqual(
      [],
    );
  });

  it("puts the API's message about the address on its field and keeps the others for the alert", () => {
    const issues = contactIssuesOf({
      issues: [
        { field: 'email', message: 'must be an e-mail address' },
        { field: '', message: 'name at least one contact point' },
      ],
    });
    expect(issues.byField).toEqual({ email: 'must be an e-mail address' });
    expect(issues.other).toEqual([': name at least one contact point']);
  });
});
