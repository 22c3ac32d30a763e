import { newSinceAfter } from './job-newness';

describe('when a job is new for the digest', () => {
  it('is new from its posting, again at each material change, and not at any other edit', () => {
    const posted = newSinceAfter(null, { kind: 'posted', postedAt: '2026-11-16T02:00:00Z' });
    expect(posted).toBe('2026-11-16T02:00:00Z');
    const edited = newSinceAfter(
      { newSince: posted },
      { kind: 'updated', materialChange: false, updatedAt: '2026-11-18T02:00:00Z' },
    );
    expect(edited).toBe(posted);
    const changed = newSinceAfter(
      { newSince: edited },
      { kind: 'updated', materialChange: true, updatedAt: '2026-11-19T02:00:00Z' },
    );
    expect(changed).toBe('2026-11-19T02:00:00Z');
  });

  it('keeps its time when a posting is delivered again', () => {
    expect(
      newSinceAfter(
        { newSince: '2026-11-19T02:00:00Z' },
        { kind: 'posted', postedAt: '2026-11-16T02:00:00Z' },
      ),
    ).toBe('2026-11-19T02:00:00Z');
  });
});
