import { isDuplicateKeyError } from './duplicate-key';

describe('isDuplicateKeyError', () => {
  it('recognises MongoDB E11000 and FerretDB SQLite unique violations', () => {
    expect(isDuplicateKeyError({ code: 11000, message: 'E11000 duplicate key' })).toBe(true);
    expect(
      isDuplicateKeyError({ code: 1, message: 'UNIQUE constraint failed: profiles.idNumberIndex' }),
    ).toBe(true);
  });

  it('ignores other errors', () => {
    expect(isDuplicateKeyError({ code: 1, message: 'database is locked' })).toBe(false);
    expect(isDuplicateKeyError(new Error('boom'))).toBe(false);
    expect(isDuplicateKeyError(null)).toBe(false);
  });
});
