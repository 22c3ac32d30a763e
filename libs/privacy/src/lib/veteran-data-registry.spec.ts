import type { DiscoveryService } from '@nestjs/core';
import { VeteranDataHolder } from './veteran-data-holder';
import { VeteranDataRegistry } from './veteran-data-registry';

class MemoryHolder extends VeteranDataHolder {
  constructor(
    readonly section: string,
    readonly kept: Map<string, string[]>,
  ) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    return this.kept.get(veteranId) ?? [];
  }

  async eraseFor(veteranId: string): Promise<void> {
    this.kept.delete(veteranId);
  }
}

function registryOf(...instances: object[]): VeteranDataRegistry {
  const discovery = { getProviders: () => instances.map((instance) => ({ instance })) };
  const registry = new VeteranDataRegistry(discovery as unknown as DiscoveryService);
  registry.onApplicationBootstrap();
  return registry;
}

describe('VeteranDataRegistry', () => {
  const now = new Date('2026-12-05T08:00:00Z');

  it('exports one section per holder and leaves other providers alone', async () => {
    const inbox = new MemoryHolder('inbox', new Map([['v1', ['a job for you']]]));
    const ledger = new MemoryHolder('ledger', new Map([['v2', ['told']]]));
    const registry = registryOf(inbox, ledger, { unrelated: true }, inbox);

    expect(await registry.exportFor('notifications', 'v1', now)).toEqual({
      service: 'notifications',
      veteranId: 'v1',
      exportedAt: '2026-12-05T08:00:00.000Z',
      sections: { inbox: ['a job for you'], ledger: [] },
    });
  });

  it('erases the veteran from every holder and can do it again', async () => {
    const inbox = new MemoryHolder(
      'inbox',
      new Map([
        ['v1', ['x']],
        ['v2', ['y']],
      ]),
    );
    const ledger = new MemoryHolder('ledger', new Map([['v1', ['z']]]));
    const registry = registryOf(inbox, ledger);

    await registry.eraseFor('v1');
    await registry.eraseFor('v1');

    expect([...inbox.kept.keys()]).toEqual(['v2']);
    expect(ledger.kept.size).toBe(0);
  });

  it('refuses two holders with one section name', () => {
    const map = new Map<string, string[]>();
    expect(() => registryOf(new MemoryHolder('inbox', map), new MemoryHolder('inbox', map))).toThrow(
      'two veteran data holders claim the section inbox',
    );
  });
});
