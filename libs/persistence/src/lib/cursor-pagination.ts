import { FilterQuery, Model, Types } from 'mongoose';
import { z } from 'zod';

/**
 * Keyset ("cursor") pagination over one sort key plus `_id` as the tie-breaker. Unlike skip/limit it
 * stays fast on deep pages and never repeats or skips an item when others are inserted meanwhile.
 * The sort key must be present on every document and must not change while someone pages
 * (a creation or publication time, not an update time).
 */
export interface KeysetOrder {
  field: string;
  direction: 'asc' | 'desc';
}

export type SortValue = string | number | Date;
export type DocumentId = string | Types.ObjectId;

/** Where the previous page ended: its last item's sort value and id. */
export interface CursorPosition {
  value: SortValue;
  id: DocumentId;
}

export interface Page<Item> {
  items: Item[];
  /** Pass back to get the next page; absent on the last page. */
  nextCursor?: string;
}

export class InvalidCursorError extends Error {
  constructor(reason: string) {
    super(`invalid cursor: ${reason}`);
    this.name = 'InvalidCursorError';
  }
}

const encodedCursorSchema = z.strictObject({
  /** The order the cursor was made for: a cursor from another listing order is refused. */
  o: z.string().min(1),
  t: z.enum(['date', 'string', 'number']),
  v: z.union([z.string(), z.number()]),
  k: z.enum(['oid', 'str']),
  i: z.string().min(1).max(200),
});

type EncodedCursor = z.infer<typeof encodedCursorSchema>;

function orderName(order: KeysetOrder): string {
  return `${order.field}:${order.direction}`;
}

export function encodeCursor(order: KeysetOrder, position: CursorPosition): string {
  const encoded: EncodedCursor = {
    o: orderName(order),
    ...encodeValue(position.value),
    ...encodeId(position.id),
  };
  return Buffer.from(JSON.stringify(encoded), 'utf8').toString('base64url');
}

/** Throws InvalidCursorError for anything this code did not make for this order (callers answer 400). */
export function decodeCursor(order: KeysetOrder, cursor: string): CursorPosition {
  const parsed = encodedCursorSchema.safeParse(parseJson(cursor));
  if (!parsed.success) throw new InvalidCursorError('not a cursor this listing issued');
  const encoded = parsed.data;
  if (encoded.o !== orderName(order)) throw new InvalidCursorError('it belongs to another listing order');
  return { value: decodeValue(encoded), id: decodeId(encoded) };
}

/** The filter that starts after the cursor (none for the first page) and the matching sort. */
export function keysetQuery(order: KeysetOrder, cursor?: string) {
  const direction = order.direction === 'asc' ? 1 : -1;
  const sort: Record<string, 1 | -1> = { [order.field]: direction, _id: direction };
  if (!cursor) return { filter: {}, sort };
  const position = decodeCursor(order, cursor);
  const beyond = order.direction === 'asc' ? '$gt' : '$lt';
  const filter = {
    $or: [
      { [order.field]: { [beyond]: position.value } },
      { [order.field]: position.value, _id: { [beyond]: position.id } },
    ],
  };
  return { filter, sort };
}

/** How many documents to fetch for a page: one more than asked, to learn whether another page follows. */
export function fetchSizeFor(limit: number): number {
  return limit + 1;
}

/** Cuts what was fetched (fetchSizeFor(limit) documents at most) into a page and the cursor after it. */
export function pageOf<Document, Item>(
  fetched: readonly Document[],
  limit: number,
  order: KeysetOrder,
  positionOf: (document: Document) => CursorPosition,
  toItem: (document: Document) => Item,
): Page<Item> {
  const documents = fetched.slice(0, limit);
  const last = documents[documents.length - 1];
  const items = documents.map(toItem);
  if (fetched.length <= limit || last === undefined) return { items };
  return { items, nextCursor: encodeCursor(order, positionOf(last)) };
}

/** What a paged listing asks for: its order, the page size, where the previous page ended, what to answer. */
export interface PageRequest<Stored, Item> {
  order: KeysetOrder;
  limit: number;
  cursor?: string;
  toItem: (record: Stored) => Item;
  /** A projection; it must keep the order's field and `_id`, which the cursor is made of. */
  select?: Record<string, 0 | 1>;
}

/** A stored document as a page reads it: the cursor needs its `_id`. */
export interface Keyed {
  _id: DocumentId;
}

/**
 * The one query every keyset-paged listing runs: `filter`'s documents (one condition, or several that all
 * hold) after the cursor, in the order's order, cut into a page with the cursor after it.
 * Throws InvalidCursorError for a cursor this listing did not issue (callers answer 400).
 */
export async function findPage<Doc, Item, Stored extends Keyed = Doc & Keyed>(
  model: Model<Doc>,
  filter: FilterQuery<Doc> | readonly FilterQuery<Doc>[],
  request: PageRequest<Stored, Item>,
): Promise<Page<Item>> {
  const { order, limit } = request;
  const keyset = keysetQuery(order, request.cursor);
  const conditions = Array.isArray(filter) ? filter : [filter];
  const query = model.find({ $and: [keyset.filter, ...conditions] } as FilterQuery<Doc>);
  if (request.select) query.select(request.select);
  const records = await query.sort(keyset.sort).limit(fetchSizeFor(limit)).lean<Stored[]>();
  return pageOf(records, limit, order, (record) => positionAt(order, record), request.toItem);
}

/** Where a document stands in the order: its value of the order's field, ties broken by its id. */
export function positionAt(order: KeysetOrder, record: Keyed): CursorPosition {
  const value: unknown = (record as unknown as Record<string, unknown>)[order.field];
  if (!(value instanceof Date) && typeof value !== 'string' && typeof value !== 'number')
    throw new Error(
      `document ${String(record._id)} has no time, text or number in ${order.field} to page by`,
    );
  return { value, id: record._id };
}

function parseJson(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(cursor)) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function encodeValue(value: SortValue): Pick<EncodedCursor, 't' | 'v'> {
  if (value instanceof Date) return { t: 'date', v: value.toISOString() };
  return typeof value === 'number' ? { t: 'number', v: value } : { t: 'string', v: value };
}

function decodeValue(encoded: EncodedCursor): SortValue {
  if (encoded.t === 'date') {
    const date = new Date(String(encoded.v));
    if (typeof encoded.v !== 'string' || Number.isNaN(date.getTime()))
      throw new InvalidCursorError('bad time');
    return date;
  }
  if (encoded.t === 'number' && typeof encoded.v !== 'number') throw new InvalidCursorError('bad number');
  if (encoded.t === 'string' && typeof encoded.v !== 'string') throw new InvalidCursorError('bad text');
  return encoded.v;
}

function encodeId(id: DocumentId): Pick<EncodedCursor, 'k' | 'i'> {
  return typeof id === 'string' ? { k: 'str', i: id } : { k: 'oid', i: id.toHexString() };
}

function decodeId(encoded: EncodedCursor): DocumentId {
  if (encoded.k === 'str') return encoded.i;
  if (!Types.ObjectId.isValid(encoded.i) || !/^[0-9a-f]{24}$/i.test(encoded.i))
    throw new InvalidCursorError('bad id');
  return new Types.ObjectId(encoded.i);
}
