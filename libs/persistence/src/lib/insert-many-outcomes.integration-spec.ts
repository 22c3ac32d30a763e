import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose, { Connection } from 'mongoose';
import { insertManyOutcomes } from './insert-batcher';

describe('one unordered insertMany with an answer per document (FerretDB from the launcher)', () => {
  let connection: Connection;
  const database = uniqueName('it-insert-many');

  beforeAll(async () => {
    connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('inserts what is new and answers duplicate for what is there, keeping the stored document', async () => {
    const collection = connection.collection<{ _id: string; n: number }>('records');
    await collection.insertOne({ _id: 'doc-1', n: -1 });
    const outcomes = await insertManyOutcomes(collection, [
      { _id: 'doc-0', n: 0 },
      { _id: 'doc-1', n: 1 },
      { _id: 'doc-2', n: 2 },
    ]);
    expect(outcomes).toEqual(['inserted', 'duplicate', 'inserted']);
    expect((await collection.findOne({ _id: 'doc-1' }))?.n).toBe(-1);
    expect(await collection.countDocuments()).toBe(3);
    expect(await insertManyOutcomes(collection, [])).toEqual([]);
  });
});
