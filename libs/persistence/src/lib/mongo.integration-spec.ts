import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose, { Connection, Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';

interface Employer {
  creditCode: string;
  name: string;
}

describe('MongoDB wire protocol (FerretDB from the launcher) through mongoose', () => {
  let connection: Connection;
  const database = uniqueName('it-persistence');

  beforeAll(async () => {
    connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const employerSchema = new Schema<Employer>({
    creditCode: { type: String, required: true, unique: true },
    name: String,
  });
  const employers = () =>
    (connection.models['Employer'] as mongoose.Model<Employer> | undefined) ??
    connection.model<Employer>('Employer', employerSchema);

  it('writes and reads back a document', async () => {
    await employers().create({ creditCode: '91320100MA1XXXXX0A', name: '南京顺达物流有限公司' });
    const found = await employers().findOne({ creditCode: '91320100MA1XXXXX0A' }).lean();
    expect(found?.name).toBe('南京顺达物流有限公司');
  });

  it('rejects a second document that violates a unique index', async () => {
    await employers().syncIndexes();
    await employers().create({ creditCode: '91320500MA2YYYYY1B', name: '苏州安保服务' });
    const error = await employers()
      .create({ creditCode: '91320500MA2YYYYY1B', name: 'copycat' })
      .catch((rejection: unknown) => rejection);
    expect(isDuplicateKeyError(error)).toBe(true);
    expect(await employers().countDocuments({ creditCode: '91320500MA2YYYYY1B' })).toBe(1);
  });

  it('upserts atomically with findOneAndUpdate', async () => {
    const filter = { creditCode: '91321300MA3ZZZZZ2C' };
    await employers().findOneAndUpdate(filter, { $setOnInsert: { name: 'first' } }, { upsert: true });
    await employers().findOneAndUpdate(filter, { $setOnInsert: { name: 'second' } }, { upsert: true });
    const all = await employers().find(filter).lean();
    expect(all.map((employer) => employer.name)).toEqual(['first']);
  });
});
