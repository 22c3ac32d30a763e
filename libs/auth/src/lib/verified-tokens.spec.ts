import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  it('finds only the very token remembered', () => {
    const tokens = new VerifiedTokens<{ sub: string }>();
    tokens.remember('header.payload.signature', { sub: 'u1' });
    expect(tokens.get('header.payload.signature')).toEqual({ sub: 'u1' });
    expect(tokens.get('header.payload.signaturf')).toBeUndefined();
  });

  it('makes room by forgetting the oldest', () => {
    const tokens = new VerifiedTokens<number>(2);
    tokens.remember('a', 1);
    tokens.remember('b', 2);
    tokens.remember('b', 2);
    tokens.remember('c', 3);
    expect([tokens.get('a'), tokens.get('b'), tokens.get('c')]).toEqual([undefined, 2, 3]);
  });
});
