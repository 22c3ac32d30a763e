import { indexSnapshotLabel } from './snapshot-label';

describe('the label a search snapshot must carry to be restored', () => {
  it('is the same for the same indexes, settings, documents and taxonomy', () => {
    expect(indexSnapshotLabel('matching')).toBe(indexSnapshotLabel('matching'));
    expect(indexSnapshotLabel('matching')).toMatch(/^matching:[0-9a-f]{16}$/);
  });

  it('differs for other indexes', () => {
    expect(indexSnapshotLabel('matching')).not.toBe(indexSnapshotLabel('matching-staging'));
  });
});
