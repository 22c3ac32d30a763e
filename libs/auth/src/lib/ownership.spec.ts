import { ForbiddenException } from '@nestjs/common';
import { assertOrganisation, assertOwner, requireOrganisation } from './ownership';

describe('ownership', () => {
  it('lets owners and officers through, nobody else', () => {
    expect(() => assertOwner({ userId: 'v1', role: 'veteran' }, 'v1')).not.toThrow();
    expect(() => assertOwner({ userId: 'o1', role: 'officer' }, 'v1')).not.toThrow();
    expect(() => assertOwner({ userId: 'v2', role: 'veteran' }, 'v1')).toThrow(ForbiddenException);
  });

  it('checks the organisation an employer acts for', () => {
    expect(() =>
      assertOrganisation({ userId: 'e1', role: 'employer', organisationId: 'a' }, 'a'),
    ).not.toThrow();
    expect(() => assertOrganisation({ userId: 'e1', role: 'employer', organisationId: 'a' }, 'b')).toThrow(
      ForbiddenException,
    );
    expect(() => requireOrganisation({ userId: 'e1', role: 'employer' })).toThrow(ForbiddenException);
  });
});
