import { describe, expect, it } from 'vitest';
import { INDUSTRIES, registrationBody } from './employer-registration';

describe("an employer's registration", () => {
  it('lists the twenty sections of the industrial classification once each', () => {
    expect(INDUSTRIES).toHaveLength(20);
    expect(new Set(INDUSTRIES).size).toBe(20);
  });

  it('sends the code and phone as typed minus spaces, the texts trimmed', () => {
    expect(
      registrationBody({
        name: ' 南京城配物流有限公司 ',
        creditCode: '9144 0300 7084 6113 6t',
        industry: 'transport-logistics',
        cityId: 'nanjing',
        contactName: ' 李华 ',
        contactPhone: '138-1234 5678',
      }),
    ).toEqual({
      name: '南京城配物流有限公司',
      creditCode: '91440300708461136T',
      industry: 'transport-logistics',
      cityId: 'nanjing',
      contact: { name: '李华', phone: '13812345678' },
    });
  });
});
