import type { OutboxCollection, OutboxDocument } from './outbox-relay';
import { outboxBacklog } from './outbox-backlog';

function collectionOf(collectionName: string, documents: OutboxDocument[]): OutboxCollection {
  return {
    collectionName,
    find: () => ({ limit: (count: number) => ({ toArray: async () => documents.slice(0, count) }) }),
    findOne: async () => null,
    updateOne: async () => ({ modifiedCount: 0 }),
    createIndex: async () => 'index',
  };
}

const pending = (eventId: string) => ({ eventId }) as never;

describe('outboxBacklog', () => {
  it('counts the events still waiting in each collection, none where nothing waits', async () => {
    const readings = await outboxBacklog([
      collectionOf('loans', [
        { _id: 'l-1', pendingEvents: [pending('e-1'), pending('e-2')] },
        { _id: 'l-2', pendingEvents: [pending('e-3')] },
      ]),
      collectionOf('products', []),
    ]);
    expect(readings).toEqual([
      { labels: { collection: 'loans' }, value: 3 },
      { labels: { collection: 'products' }, value: 0 },
    ]);
  });

  it('looks at a bounded number of documents per scrape', async () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      _id: `l-${i}`,
      pendingEvents: [pending(`e-${i}`)],
    }));
    expect(await outboxBacklog([collectionOf('loans', many)], 4)).toEqual([
      { labels: { collection: 'loans' }, value: 4 },
    ]);
  });
});
