import { chunksForRequests } from './request-chunks';

describe('chunksForRequests', () => {
  const item = (id: number, size: number) => ({ id, message: { key: 'k', value: 'x'.repeat(size) } });

  it('keeps order and respects the byte budget', () => {
    const chunks = chunksForRequests([item(1, 40), item(2, 40), item(3, 40)], { bytes: 100, messages: 10 });
    expect(chunks.map((chunk) => chunk.map((entry) => entry.id))).toEqual([[1, 2], [3]]);
  });

  it('respects the message budget', () => {
    const chunks = chunksForRequests(
      [1, 2, 3, 4, 5].map((id) => item(id, 1)),
      { bytes: 1000, messages: 2 },
    );
    expect(chunks.map((chunk) => chunk.length)).toEqual([2, 2, 1]);
  });

  it('sends an oversized message alone rather than never', () => {
    expect(chunksForRequests([item(1, 500)], { bytes: 100, messages: 10 })).toHaveLength(1);
  });

  it('has nothing to send for nothing', () => {
    expect(chunksForRequests([])).toEqual([]);
  });
});
