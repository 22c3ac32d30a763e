import { maskRecipientId, scrubEmailAddresses } from './personal-data-text';

describe('personal data in text', () => {
  it('scrubs e-mail addresses that an SMTP error quotes', () => {
    expect(scrubEmailAddresses('550 5.1.1 <zhang.wei+jobs@example.com.cn>: Recipient address rejected')).toBe(
      '550 5.1.1 <[EMAIL]>: Recipient address rejected',
    );
  });

  it('masks gateway recipient ids for display to their owner', () => {
    expect(maskRecipientId('oWx-1234567890')).toBe('oW***90');
    expect(maskRecipientId('abc')).toBe('***');
  });
});
