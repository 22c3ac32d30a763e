import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose, { Connection } from 'mongoose';
import { InsertBatcher } from './insert-batcher';

describe('group commit of inserts (FerretDB from the launcher)', () => {
  let connection: Connection;
  const database = uniqueName('it-insert-batcher');

  beforeAll(async () => {
    connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('inserts concurrent documents together, and answers each caller: inserted, or already there', async () => {
    const collection = connection.collection<{ _id: string; n: number }>('records');
    await collection.insertOne({ _id: 'doc-3', n: -1 });
    let calls = 0;
    const batcher = new InsertBatcher<{ _id: string; n: number }>({
      insertMany: (docs, options) => {
        calls++;
        return collection.insertMany(docs, options);
      },
    });
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) => batcher.insert({ _id: `doc-${n % 20}`, n })),
    );
    expect(outcomes.filter((outcome) => outcome === 'inserted')).toHaveLength(19);
    expect(outcomes[3]).toBe('duplicate');
    expect(outcomes[23]).toBe('duplicate');
    expect(await collection.countDocuments()).toBe(20);
    expect((await collection.findOne({ _id: 'doc-3' }))?.n).toBe(-1);
    expect((await collection.findOne({ _id: 'doc-7' }))?.n).toBe(7);
    expect(calls).toBeLessThan(40);
  });

  it('rejects every caller of a batch that fails as a whole', async () => {
    const batcher = new InsertBatcher<{ _id: string }>({
      insertMany: () => Promise.reject(new Error('connection lost')),
    });
    await expect(Promise.all([batcher.insert({ _id: 'a' }), batcher.insert({ _id: 'b' })])).rejects.toThrow(
      'connection lost',
    );
  });
});
