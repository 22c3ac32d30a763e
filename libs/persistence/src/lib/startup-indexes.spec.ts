import { createIndexesAtStartup } from './startup-indexes';

function poolWaitTimeout(): Error {
  const error = new Error('Timed out while checking out a connection from connection pool');
  error.name = 'MongoWaitQueueTimeoutError';
  return error;
}

const quick = { patienceMs: 1_000, retryDelayMs: 1 };

describe('createIndexesAtStartup', () => {
  it('tries again a creation that timed out waiting for a pooled connection, until it runs', async () => {
    let tries = 0;
    const create = async () => {
      tries += 1;
      if (tries < 3) throw poolWaitTimeout();
    };
    await createIndexesAtStartup([create], quick);
    expect(tries).toBe(3);
  });

  it('fails at once on any other error', async () => {
    let tries = 0;
    const create = async () => {
      tries += 1;
      throw new Error('index options conflict');
    };
    await expect(createIndexesAtStartup([create], quick)).rejects.toThrow('index options conflict');
    expect(tries).toBe(1);
  });

  it('gives up with the pool error once its patience is spent', async () => {
    const create = async () => {
      throw poolWaitTimeout();
    };
    await expect(createIndexesAtStartup([create], { patienceMs: 20, retryDelayMs: 5 })).rejects.toMatchObject(
      { name: 'MongoWaitQueueTimeoutError' },
    );
  });

  it('creates one after another, in the order given', async () => {
    const order: string[] = [];
    await createIndexesAtStartup(
      [async () => void order.push('jobs'), async () => void order.push('applications')],
      quick,
    );
    expect(order).toEqual(['jobs', 'applications']);
  });
});
