import { testEngines, uniqueName } from '@vetlink/testing';
import mongoose, { Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import { createKeyring } from './encryption-keyring';
import { FieldCipher } from './field-cipher';
import { EncryptedField, reencryptCollection } from './reencrypt-collection';

describe('key rotation of a collection (FerretDB from the launcher)', () => {
  let connection: Connection;
  const database = uniqueName('it-reencrypt');
  const oldKey = randomBytes(32);
  const before = new FieldCipher(createKeyring({ currentKeyId: 'v1', currentKey: oldKey }));
  const after = new FieldCipher(
    createKeyring({
      currentKeyId: 'v2',
      currentKey: randomBytes(32),
      retiredKeys: new Map([['v1', oldKey]]),
    }),
  );
  const context = (document: { _id?: unknown }) => `employers.contact.phone:${String(document._id)}`;
  const fields: EncryptedField[] = [
    { path: 'contact.encryptedPhone', context, legacyClearPath: 'contact.phone' },
  ];

  beforeAll(async () => {
    connection = await mongoose.createConnection(testEngines.mongoUri, { dbName: database }).asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('moves every value to the current key, encrypts values left in clear, and is safe to run again', async () => {
    const collection = connection.collection('employers');
    const phones = Array.from({ length: 1_203 }, (_, n) => `139${String(n).padStart(8, '0')}`);
    await collection.insertMany(
      phones.map((phone, n) => {
        const _id = `org-${String(n).padStart(5, '0')}`;
        return n % 100 === 0
          ? { _id, contact: { name: '王芳', phone } }
          : { _id, contact: { name: '王芳', encryptedPhone: before.encrypt(phone, context({ _id })) } };
      }) as never[],
    );

    await expect(reencryptCollection(collection, fields, after)).resolves.toEqual({
      scanned: 1_203,
      rewritten: 1_203,
    });

    const stored = await collection.find({}).sort({ _id: 1 }).toArray();
    expect(
      stored.map((document) => after.decrypt(document['contact'].encryptedPhone, context(document))),
    ).toEqual(phones);
    expect(stored.every((document) => after.isCurrent(document['contact'].encryptedPhone))).toBe(true);
    expect(stored.some((document) => 'phone' in document['contact'])).toBe(false);
    await expect(reencryptCollection(collection, fields, after)).resolves.toEqual({
      scanned: 1_203,
      rewritten: 0,
    });
  });
});
