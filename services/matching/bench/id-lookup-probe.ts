/**
 * How FerretDB 1.x answers single-document operations by `_id` as a collection grows: the read model,
 * the push ledger and the outbox relay all rely on them. Prints milliseconds per operation.
 *
 *   PROBE_SIZES=1000,100000 node -r @swc-node/register services/matching/bench/id-lookup-probe.ts
 */
import { testEngines } from '@vetlink/testing';
import mongoose from 'mongoose';

async function main() {
  const connection = await mongoose
    .createConnection(testEngines.mongoUri, { dbName: `probe-${Date.now().toString(36)}` })
    .asPromise();
  const collection = connection.collection<{ _id: string; blob: string; n?: number }>('docs');
  const blob = 'x'.repeat(3000);
  let total = 0;
  try {
    for (const size of (process.env['PROBE_SIZES'] ?? '1000,10000').split(',').map(Number)) {
      const docs = [];
      for (let i = total; i < size; i++) docs.push({ _id: `doc-${i}`, blob });
      for (let i = 0; i < docs.length; i += 1000) await collection.insertMany(docs.slice(i, i + 1000));
      total = size;
      const operations: [string, (id: string, i: number) => Promise<unknown>][] = [
        ['findOne({_id})', (id) => collection.findOne({ _id: id })],
        ['updateOne({_id}, $set)', (id) => collection.updateOne({ _id: id }, { $set: { n: 1 } })],
        [
          'updateOne({_id: {$eq}}, $set)',
          (id) => collection.updateOne({ _id: { $eq: id } }, { $set: { n: 2 } }),
        ],
        ['findOneAndUpdate({_id})', (id) => collection.findOneAndUpdate({ _id: id }, { $set: { n: 3 } })],
        [
          'deleteOne({_id}) + insertOne',
          async (id) => {
            await collection.deleteOne({ _id: id });
            await collection.insertOne({ _id: id, blob });
          },
        ],
        ['insertOne (new)', (_id, i) => collection.insertOne({ _id: `new-${size}-${i}`, blob })],
      ];
      for (const [name, operation] of operations) {
        const started = Date.now();
        for (let i = 0; i < 20; i++) await operation(`doc-${(i * 97) % size}`, i);
        process.stdout.write(`${size} docs: ${name} ${((Date.now() - started) / 20).toFixed(1)} ms\n`);
      }
    }
  } finally {
    await connection.dropDatabase();
    await connection.close();
  }
}

main().catch((error) => {
  process.stderr.write(String(error));
  process.exit(1);
});
