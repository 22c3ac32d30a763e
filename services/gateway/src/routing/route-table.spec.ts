import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UPSTREAM_PORTS } from './route-table';

describe('upstream ports', () => {
  it('are the ports the launcher starts the services on (deploy/local/services.tsv)', () => {
    const listed = new Map(
      readFileSync(join(__dirname, '../../../../deploy/local/services.tsv'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.startsWith('#'))
        .map((line) => line.split('\t'))
        .map(([name, port]) => [name.trim(), Number(port)]),
    );
    for (const [name, port] of Object.entries(UPSTREAM_PORTS)) {
      if (listed.has(name)) expect([name, listed.get(name)]).toEqual([name, port]);
    }
  });
});
