import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose, { Connection, Schema } from 'mongoose';
import { findPage, InvalidCursorError, KeysetOrder } from './cursor-pagination';

interface Posting {
  _id: string;
  cityId: string;
  listedAt: Date;
  body: string;
}

const NEWEST_FIRST: KeysetOrder = { field: 'listedAt', direction: 'desc' };
const day = (n: number) => new Date(Date.UTC(2025, 2, n));

describe('findPage: keyset pages through mongoose (FerretDB from the launcher)', () => {
  let connection: Connection;
  const database = uniqueName('it-find-page');
  const postings = () =>
    (connection.models['Posting'] as mongoose.Model<Posting> | undefined) ??
    connection.model<Posting>(
      'Posting',
      new Schema<Posting>({ _id: String, cityId: String, listedAt: Date, body: String }),
    );

  beforeAll(async () => {
    connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
    // Two postings share each day, so the id breaks ties; Suzhou's are not listed in Nanjing.
    await postings().insertMany(
      [1, 2, 3, 4, 5, 6, 7].flatMap((n) => [
        { _id: `nj-${n}-a`, cityId: 'nanjing', listedAt: day(n), body: 'x'.repeat(50) },
        { _id: `nj-${n}-b`, cityId: 'nanjing', listedAt: day(n), body: 'x'.repeat(50) },
        { _id: `sz-${n}`, cityId: 'suzhou', listedAt: day(n), body: 'y' },
      ]),
    );
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('walks every matching document once, in order, and ends without a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await findPage(
        postings(),
        { cityId: 'nanjing' },
        { order: NEWEST_FIRST, limit: 4, cursor, toItem: (record) => record._id },
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1].flatMap((n) => [`nj-${n}-b`, `nj-${n}-a`]));
  });

  it('takes several conditions that all hold, and a projection', async () => {
    const page = await findPage(postings(), [{ cityId: 'nanjing' }, { listedAt: { $lte: day(2) } }], {
      order: { field: 'listedAt', direction: 'asc' },
      limit: 10,
      select: { body: 0 },
      toItem: (record: Omit<Posting, 'body'>) => record,
    });
    expect(page.nextCursor).toBeUndefined();
    expect(page.items.map((item) => item._id)).toEqual(['nj-1-a', 'nj-1-b', 'nj-2-a', 'nj-2-b']);
    expect(page.items[0]).not.toHaveProperty('body');
  });

  it('refuses a cursor issued for another order before it queries', async () => {
    const first = await findPage(postings(), [], { order: NEWEST_FIRST, limit: 1, toItem: (r) => r._id });
    expect(first.nextCursor).toBeDefined();
    await expect(
      findPage(postings(), [], {
        order: { field: 'listedAt', direction: 'asc' },
        limit: 1,
        cursor: first.nextCursor,
        toItem: (r) => r._id,
      }),
    ).rejects.toThrow(InvalidCursorError);
  });
});
