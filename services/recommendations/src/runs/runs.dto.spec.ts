import { FailedPageQuery } from './runs.dto';

describe('the failed-digests page query', () => {
  const parse = (cursor: string) => FailedPageQuery.schema.safeParse({ cursor });

  it('takes a Redis scan cursor, up to the largest unsigned 64-bit number', () => {
    expect(parse('0').success).toBe(true);
    expect(parse('18446744073709551615').success).toBe(true);
  });

  it('refuses a larger number, which Redis would answer with an error, and anything else, naming the cursor', () => {
    for (const cursor of ['18446744073709551616', '39480080777406272965470', 'abc', '-1', '']) {
      const parsed = parse(cursor);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['cursor']);
    }
  });
});
