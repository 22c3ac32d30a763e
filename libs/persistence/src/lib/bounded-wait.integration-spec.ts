import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose, { Connection } from 'mongoose';
import { createIndexesAtStartup } from './startup-indexes';

/**
 * With one connection per service (locally), an operation waits for the one before it. The wait is
 * bounded (PersistenceModule's waitQueueTimeoutMS): behind a slow write, a read fails fast with the
 * driver's wait-queue timeout, which libs/http answers 503, instead of stalling the request.
 */
describe('a bounded wait for the pooled connection', () => {
  let connection: Connection;
  const database = uniqueName('it-bounded-wait');

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testEngines.mongoUri, { dbName: database, maxPoolSize: 1, waitQueueTimeoutMS: 50 })
      .asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('fails a read queued behind a slow write with MongoWaitQueueTimeoutError, and the write completes', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => ({
      _id: `row-${index}`,
      text: 'x'.repeat(40),
    }));
    const slowWrite = connection.collection<{ _id: string }>('rows').insertMany(rows, { ordered: false });
    await new Promise((done) => setImmediate(done));
    const queued = connection.collection('rows').findOne({ _id: 'row-0' } as object);
    await expect(queued).rejects.toMatchObject({ name: 'MongoWaitQueueTimeoutError' });
    await expect(slowWrite).resolves.toMatchObject({ insertedCount: 20_000 });
  });

  it('lets start-up index creation wait behind the slow write instead of failing the start', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => ({
      _id: `start-${index}`,
      text: 'y'.repeat(40),
    }));
    const slowWrite = connection
      .collection<{ _id: string }>('start_rows')
      .insertMany(rows, { ordered: false });
    await new Promise((done) => setImmediate(done));
    const indexes = createIndexesAtStartup([
      () => connection.collection('start_events').createIndex({ at: 1 }),
    ]);
    await expect(indexes).resolves.toBeUndefined();
    await slowWrite;
    const names = (await connection.collection('start_events').indexes()).map((index) => index.name);
    expect(names).toContain('at_1');
  });
});
