import { mergeClaims, type Claim } from './merge-claims';

describe('mergeClaims', () => {
  const claim = (
    targetId: string,
    strength: Claim['strength'],
    kind: 'specialty' | 'training',
    id: string,
  ): Claim => ({
    targetId,
    strength,
    from: { kind, id },
  });

  it('keeps the strongest strength and every source', () => {
    const merged = mergeClaims([
      claim('chinese-cooking', 'transferable', 'training', 'a'),
      claim('chinese-cooking', 'direct', 'specialty', 'b'),
      claim('chinese-cooking', 'partial', 'training', 'c'),
    ]);
    expect(merged).toEqual([
      {
        targetId: 'chinese-cooking',
        strength: 'direct',
        from: [
          { kind: 'training', id: 'a' },
          { kind: 'specialty', id: 'b' },
          { kind: 'training', id: 'c' },
        ],
      },
    ]);
  });

  it('records a source once even when it claims the same target twice', () => {
    const [merged] = mergeClaims([
      claim('x', 'partial', 'specialty', 's'),
      claim('x', 'direct', 'specialty', 's'),
    ]);
    expect(merged).toEqual({ targetId: 'x', strength: 'direct', from: [{ kind: 'specialty', id: 's' }] });
  });

  it('orders strongest first, then by id', () => {
    const merged = mergeClaims([
      claim('b', 'transferable', 'specialty', 's'),
      claim('c', 'direct', 'specialty', 's'),
      claim('a', 'direct', 'specialty', 's'),
      claim('d', 'partial', 'specialty', 's'),
    ]);
    expect(merged.map((entry) => entry.targetId)).toEqual(['a', 'c', 'd', 'b']);
  });
});
