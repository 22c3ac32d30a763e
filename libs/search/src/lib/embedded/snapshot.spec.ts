import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractJobs, contractSettings, NANJING_CENTRE } from '../../testing/contract-fixtures';
import type { SearchQuery } from '../search-port';
import { createEmbeddedEngine } from './adapter';

describe('embedded engine snapshot and restore', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'search-snapshot-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const queries: SearchQuery[] = [
    { text: '叉车', limit: 10 },
    { text: 'storekeeper', limit: 10 },
    {
      filter: { op: 'in', field: 'skills', values: ['forklift', 'security'] },
      facets: ['cityId'],
      limit: 10,
    },
    {
      filter: { op: 'geoRadius', center: NANJING_CENTRE, radiusMeters: 150_000 },
      sort: [{ geoPoint: NANJING_CENTRE, direction: 'asc' }],
      limit: 10,
    },
    { sort: [{ field: 'salaryMin', direction: 'desc' }], offset: 2, limit: 3 },
  ];

  it('answers the same queries after a restore into a new engine, and keeps taking writes', async () => {
    const original = createEmbeddedEngine();
    const jobs = original.index('jobs');
    await jobs.applySettings(contractSettings);
    await jobs.upsert(contractJobs);
    // Holes in the slots and a replaced document must survive the round trip.
    await jobs.delete(['security-captain']);
    await jobs.upsert([{ ...contractJobs[0], title: '叉车司机（夜班）' }]);
    await original.index('empty').applySettings(contractSettings);
    const file = join(folder, 'search.snapshot');
    await original.snapshot(file);

    const restored = createEmbeddedEngine();
    await restored.restore(file);
    for (const query of queries) {
      expect(await restored.index('jobs').search(query)).toEqual(await jobs.search(query));
    }
    expect(await restored.index('jobs').count()).toBe(contractJobs.length - 1);
    expect(await restored.index('empty').count()).toBe(0);

    await restored.index('jobs').upsert([{ ...contractJobs[2], id: 'security-captain-2' }]);
    await restored.index('jobs').delete(['forklift-driver']);
    const found = (await restored.index('jobs').search({ text: '保安', limit: 10 })).hits.map(
      (hit) => hit.document,
    );
    expect(found).toEqual([expect.objectContaining({ id: 'security-captain-2' })]);
    expect((await restored.index('jobs').search({ text: '叉车 司机', limit: 10 })).hits).toEqual([]);
  });

  it('holds the indexes as they were when it was called, with its label and time', async () => {
    const engine = createEmbeddedEngine();
    const jobs = engine.index('jobs');
    await jobs.applySettings(contractSettings);
    await jobs.upsert(contractJobs.slice(0, 3));
    const file = join(folder, 'search.snapshot');
    const before = Date.now();
    const writing = engine.snapshot(file, 'jobs v1');
    // Written while the file is being written: not in this snapshot, and no torn text index either.
    await jobs.upsert(contractJobs.slice(3));
    await jobs.delete([contractJobs[0].id]);
    const written = await writing;

    const restored = createEmbeddedEngine();
    const info = await restored.restore(file, 'jobs v1');
    const restoredJobs = restored.index<{ id: string }>('jobs');
    expect(info).toEqual(written);
    expect(info.label).toBe('jobs v1');
    expect(info.takenAt.getTime()).toBeGreaterThanOrEqual(before);
    const ids = (await restoredJobs.search({ limit: 100 })).hits.map((hit) => hit.document.id);
    expect(ids).toEqual(['forklift-driver', 'forklift-operator', 'security-captain']);
    const byText = await restoredJobs.search({ text: '叉车', limit: 10 });
    expect(byText.hits.map((hit) => hit.document.id).sort()).toEqual([
      'forklift-driver',
      'forklift-operator',
    ]);
    expect((await restoredJobs.search({ text: '货车司机', limit: 10 })).hits).toEqual([]);
  });

  it('refuses a snapshot made with another label, keeping its indexes', async () => {
    const engine = createEmbeddedEngine();
    await engine.index('jobs').applySettings(contractSettings);
    await engine.index('jobs').upsert(contractJobs);
    const file = join(folder, 'search.snapshot');
    await engine.snapshot(file, 'settings v1');
    const other = createEmbeddedEngine();
    await other.index('jobs').applySettings(contractSettings);
    await expect(other.restore(file, 'settings v2')).rejects.toThrow(
      /holds "settings v1", expected "settings v2"/,
    );
    expect(await other.index('jobs').count()).toBe(0);
  });

  it('refuses a file that is not a snapshot of this format, keeping its indexes', async () => {
    const engine = createEmbeddedEngine();
    await engine.index('jobs').applySettings(contractSettings);
    await engine.index('jobs').upsert(contractJobs);
    const file = join(folder, 'other.snapshot');
    await writeFile(file, '{"format":"something-else","version":1}\n');
    await expect(engine.restore(file)).rejects.toThrow(/cannot be restored/);
    expect(await engine.index('jobs').count()).toBe(contractJobs.length);
  });

  it('refuses a snapshot cut short', async () => {
    const engine = createEmbeddedEngine();
    await engine.index('jobs').applySettings(contractSettings);
    await engine.index('jobs').upsert(contractJobs);
    const file = join(folder, 'search.snapshot');
    await engine.snapshot(file);
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, lines.slice(0, 2).join('\n'));
    await expect(createEmbeddedEngine().restore(file)).rejects.toThrow(/incomplete/);
  });
});
