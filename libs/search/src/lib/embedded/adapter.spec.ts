import { contractJobs, contractSettings } from '../../testing/contract-fixtures';
import { describeSearchContract } from '../../testing/search-contract';
import { createEmbeddedEngine } from './adapter';

describeSearchContract('embedded (in-process)', () => createEmbeddedEngine());

describe('embedded engine hits', () => {
  it('are the stored documents, which cannot be changed through a hit', async () => {
    const jobs = createEmbeddedEngine().index<{ id: string; title: string }>('jobs');
    await jobs.applySettings(contractSettings);
    await jobs.upsert(contractJobs);
    const [hit] = (await jobs.search({ limit: 1 })).hits;
    expect(() => {
      hit.document.title = 'changed';
    }).toThrow(TypeError);
    expect((await jobs.search({ limit: 1 })).hits[0].document.title).toBe(contractJobs[0].title);
  });
});
