import { isUniqueIndexViolation } from './unique-violation';

describe('isUniqueIndexViolation', () => {
  it("recognises MongoDB's E11000 and FerretDB's SQLite form", () => {
    expect(isUniqueIndexViolation({ code: 11000, message: 'E11000 duplicate key error' })).toBe(true);
    expect(
      isUniqueIndexViolation({
        code: 1,
        message: "[collection.go:177] constraint failed: UNIQUE constraint failed: index 'x' (2067)",
      }),
    ).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isUniqueIndexViolation(new Error('connection reset'))).toBe(false);
    expect(isUniqueIndexViolation(undefined)).toBe(false);
  });
});
