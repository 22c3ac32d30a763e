import type { Principal } from '@vetlink/auth';
import { cancellerOf, keepsRunsOf } from './provider-scope';

const officer: Principal = { userId: 'off-1', role: 'officer', organisationId: 'bureau-jiangsu' };
const staffOf = (providerId?: string): Principal => ({
  userId: 'prov-1',
  role: 'training-provider',
  ...(providerId ? { organisationId: providerId } : {}),
});

describe('who keeps a course’s runs', () => {
  it('lets any officer keep any course’s runs, with or without a provider id', () => {
    expect(keepsRunsOf(officer, { providerId: 'provider-nj-tech' })).toBe(true);
    expect(keepsRunsOf(officer, {})).toBe(true);
  });

  it('lets a provider’s staff keep their own provider’s courses only', () => {
    expect(keepsRunsOf(staffOf('provider-nj-tech'), { providerId: 'provider-nj-tech' })).toBe(true);
    expect(keepsRunsOf(staffOf('provider-nj-tech'), { providerId: 'provider-xz-aviation' })).toBe(false);
    // The bureau's own course (no provider), or a token without a provider, is no provider's.
    expect(keepsRunsOf(staffOf('provider-nj-tech'), {})).toBe(false);
    expect(keepsRunsOf(staffOf(), { providerId: 'provider-nj-tech' })).toBe(false);
  });

  it('keeps everyone else out, whatever organisation their token names', () => {
    for (const role of ['veteran', 'employer', 'mentor', 'bank-staff', 'base-staff'] as const)
      expect(
        keepsRunsOf(
          { userId: 'x', role, organisationId: 'provider-nj-tech' },
          { providerId: 'provider-nj-tech' },
        ),
      ).toBe(false);
  });

  it('names a provider’s cancellation as the provider’s, an officer’s as the officer’s', () => {
    expect(cancellerOf(staffOf('provider-nj-tech'))).toBe('provider');
    expect(cancellerOf(officer)).toBe('officer');
  });
});
