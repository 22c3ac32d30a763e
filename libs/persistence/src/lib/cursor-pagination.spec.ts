import { Types } from 'mongoose';
import {
  decodeCursor,
  encodeCursor,
  fetchSizeFor,
  InvalidCursorError,
  KeysetOrder,
  keysetQuery,
  pageOf,
  positionAt,
} from './cursor-pagination';

const newestFirst: KeysetOrder = { field: 'listedAt', direction: 'desc' };

describe('cursor encoding', () => {
  it('round-trips a time and an ObjectId', () => {
    const position = { value: new Date('2025-03-01T08:00:00.000Z'), id: new Types.ObjectId() };
    const cursor = encodeCursor(newestFirst, position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeCursor(newestFirst, cursor);
    expect(decoded.value).toEqual(position.value);
    expect(String(decoded.id)).toBe(position.id.toHexString());
    expect(decoded.id).toBeInstanceOf(Types.ObjectId);
  });

  it('round-trips text and numbers with string ids', () => {
    const order: KeysetOrder = { field: 'name', direction: 'asc' };
    expect(decodeCursor(order, encodeCursor(order, { value: '南京', id: 'org-1' }))).toEqual({
      value: '南京',
      id: 'org-1',
    });
    const byScore: KeysetOrder = { field: 'score', direction: 'desc' };
    expect(decodeCursor(byScore, encodeCursor(byScore, { value: 0.5, id: 'x' }))).toEqual({
      value: 0.5,
      id: 'x',
    });
  });

  it('refuses junk, tampering and cursors issued for another order', () => {
    const cursor = encodeCursor(newestFirst, { value: new Date(), id: 'a' });
    expect(() => decodeCursor(newestFirst, 'not a cursor!')).toThrow(InvalidCursorError);
    expect(() => decodeCursor(newestFirst, Buffer.from('{"o":1}').toString('base64url'))).toThrow(
      InvalidCursorError,
    );
    expect(() => decodeCursor({ field: 'listedAt', direction: 'asc' }, cursor)).toThrow(
      /another listing order/,
    );
    const forged = Buffer.from(
      JSON.stringify({ o: 'listedAt:desc', t: 'date', v: 'yesterday', k: 'str', i: 'a' }),
    ).toString('base64url');
    expect(() => decodeCursor(newestFirst, forged)).toThrow(InvalidCursorError);
    const badId = Buffer.from(
      JSON.stringify({ o: 'listedAt:desc', t: 'number', v: 1, k: 'oid', i: 'zz' }),
    ).toString('base64url');
    expect(() => decodeCursor(newestFirst, badId)).toThrow(InvalidCursorError);
  });
});

describe('keyset query', () => {
  it('starts at the top without a cursor', () => {
    expect(keysetQuery(newestFirst)).toEqual({ filter: {}, sort: { listedAt: -1, _id: -1 } });
  });

  it('continues strictly after the last item, ties broken by id', () => {
    const at = new Date('2025-03-01T08:00:00.000Z');
    const { filter, sort } = keysetQuery(
      { field: 'createdAt', direction: 'asc' },
      encodeCursor({ field: 'createdAt', direction: 'asc' }, { value: at, id: 'b' }),
    );
    expect(sort).toEqual({ createdAt: 1, _id: 1 });
    expect(filter).toEqual({ $or: [{ createdAt: { $gt: at } }, { createdAt: at, _id: { $gt: 'b' } }] });
  });
});

describe('pageOf', () => {
  const documents = [1, 2, 3].map((n) => ({ _id: `d${n}`, n }));
  const position = (document: { _id: string; n: number }) => ({ value: document.n, id: document._id });
  const order: KeysetOrder = { field: 'n', direction: 'asc' };

  it('returns a cursor only when more documents follow', () => {
    expect(fetchSizeFor(2)).toBe(3);
    const page = pageOf(documents, 2, order, position, (document) => document.n);
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(order, page.nextCursor ?? '')).toEqual({ value: 2, id: 'd2' });
    expect(pageOf(documents.slice(0, 2), 2, order, position, (document) => document.n)).toEqual({
      items: [1, 2],
    });
    expect(pageOf([], 2, order, position, (document) => document.n)).toEqual({ items: [] });
  });
});

describe('positionAt', () => {
  it("reads the order's field and the id", () => {
    const at = new Date('2025-03-01T08:00:00.000Z');
    expect(positionAt(newestFirst, { _id: 'j1', listedAt: at } as never)).toEqual({ value: at, id: 'j1' });
    const id = new Types.ObjectId();
    expect(positionAt({ field: 'version', direction: 'asc' }, { _id: id, version: 0 } as never)).toEqual({
      value: 0,
      id,
    });
  });

  it('refuses a document without a value to page by, rather than issue a cursor that cannot be read', () => {
    expect(() => positionAt(newestFirst, { _id: 'j1' })).toThrow(
      /j1 has no time, text or number in listedAt/,
    );
    expect(() => positionAt(newestFirst, { _id: 'j1', listedAt: null } as never)).toThrow(/listedAt/);
  });
});
