import { createEvent, employerRegistered, employerVerified } from '@vetlink/contracts';
import type { Employer } from './employer';
import { registeredPayload, verifiedOrigin, verifiedPayload } from './employer-events';

const employer: Employer = {
  id: 'org-nanjing-logistics',
  name: '南京城配物流有限公司',
  creditCode: '91320100MA1XXXXX3X',
  industry: 'transport-logistics',
  cityId: 'nanjing',
  contact: { name: '王经理', phone: '13812345678' },
  createdAt: new Date('2026-12-01T02:00:00Z'),
  updatedAt: new Date('2026-12-01T02:00:00Z'),
};
const origin = { producer: 'job-postings', occurredAt: new Date('2026-12-02T03:00:00Z') };

describe('employer events', () => {
  it('announce a registration without the contact person or phone', () => {
    const payload = registeredPayload(employer);
    expect(payload).toEqual({
      organisationId: 'org-nanjing-logistics',
      name: '南京城配物流有限公司',
      industry: 'transport-logistics',
      cityId: 'nanjing',
      registeredAt: '2026-12-01T02:00:00.000Z',
    });
    expect(JSON.stringify(createEvent(employerRegistered, payload, origin))).not.toMatch(
      /王经理|13812345678/,
    );
  });

  it('give every publication of one organisation’s verification the same event id', () => {
    const verification = { verifiedAt: new Date('2026-12-02T03:00:00Z'), verifiedBy: 'officer-1' };
    const first = createEvent(
      employerVerified,
      verifiedPayload(employer, verification),
      verifiedOrigin(employer.id, origin),
    );
    const again = createEvent(
      employerVerified,
      verifiedPayload(employer, { ...verification, verifiedBy: 'officer-2' }),
      verifiedOrigin(employer.id, { ...origin, occurredAt: new Date('2026-12-02T03:00:01Z') }),
    );
    expect(first.eventId).toBe(again.eventId);
    expect(verifiedOrigin('another-org', origin).eventId).not.toBe(first.eventId);
  });
});
