import { randomBytes } from 'node:crypto';
import { UnsubscribeTokens } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens(randomBytes(32));

  it('round-trips who and which category, in a URL-safe token', () => {
    const token = tokens.sign({ userId: 'vet-1', category: 'job-push' });
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(tokens.verify(token)).toEqual({ userId: 'vet-1', category: 'job-push' });
  });

  it('refuses a token altered to name someone else or another category', () => {
    const token = tokens.sign({ userId: 'vet-1', category: 'job-push' });
    const [, mac] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ u: 'vet-2', c: 'job-push' })).toString('base64url')}.${mac}`;
    expect(tokens.verify(forged)).toBeUndefined();
    expect(tokens.verify(`${token.slice(0, -2)}AA`)).toBeUndefined();
    expect(tokens.verify('junk')).toBeUndefined();
  });

  it('refuses a token signed with another key', () => {
    const other = new UnsubscribeTokens(randomBytes(32));
    expect(tokens.verify(other.sign({ userId: 'vet-1', category: 'loans' }))).toBeUndefined();
  });

  it('refuses a key too short to be secret', () => {
    expect(() => new UnsubscribeTokens(Buffer.from('short'))).toThrow(/32 bytes/);
  });
});
