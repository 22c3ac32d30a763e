import { describe, expect, it } from 'vitest';
import { invitationCodeOf, invitationLink } from './invitation-link';

const CODE = `inv1.${'a'.repeat(22)}.${'B-_9'.repeat(10)}xyz`;

describe('the link an invitation carries', () => {
  it('puts the code in the fragment of the portal’s accept page', () => {
    expect(invitationLink('https://vetlink.example.cn/', CODE)).toBe(
      `https://vetlink.example.cn/invite#${CODE}`,
    );
  });

  it('reads the code back from the opened link', () => {
    expect(invitationCodeOf(`#${CODE}`)).toBe(CODE);
    expect(invitationCodeOf(`#${encodeURIComponent(CODE)}`)).toBe(CODE);
  });

  it('finds no code in an empty, cut or altered fragment', () => {
    expect(invitationCodeOf('')).toBeUndefined();
    expect(invitationCodeOf(`#${CODE.slice(0, -1)}`)).toBeUndefined();
    expect(invitationCodeOf(`#inv2${CODE.slice(4)}`)).toBeUndefined();
  });
});
