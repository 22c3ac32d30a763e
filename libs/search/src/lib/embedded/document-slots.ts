import { fieldReader, type FieldReader } from './fields';
import { geoPointOf } from './geo';

/**
 * Documents by slot number, the engine's internal document number: a new id takes the next slot,
 * a replaced document keeps its slot (so slot order is Meilisearch's default order, insertion), and
 * the hot loops index arrays instead of hashing string ids. `_geo` points are also kept as columns
 * of numbers, NaN where a document has none, for radius filters and distance sorts, and so are the
 * numbers of the sortable fields (NaN where the value is not a number), so that a sort over thousands
 * of matches reads an array instead of each document.
 */
/** What an emptied slot reads as: a document without fields. */
const NO_DOCUMENT: object = Object.freeze({});

export class DocumentSlots {
  readonly documents: (object | undefined)[] = [];
  latitudes: Float64Array = new Float64Array(0);
  longitudes: Float64Array = new Float64Array(0);
  private readonly slotById = new Map<string, number>();
  private readonly idBySlot: (string | undefined)[] = [];
  private readonly numberColumns: { read: FieldReader; column: Float64Array }[];
  private readonly columnByField = new Map<string, { read: FieldReader; column: Float64Array }>();

  constructor(sortableFields: readonly string[] = []) {
    this.numberColumns = sortableFields.map((field) => {
      const column = { read: fieldReader(field), column: new Float64Array(0) };
      this.columnByField.set(field, column);
      return column;
    });
  }

  get size(): number {
    return this.slotById.size;
  }

  /** One past the highest slot ever used; loops over all documents run to here. */
  get end(): number {
    return this.documents.length;
  }

  /** The field's numbers by slot (NaN where not a number), for a sortable field; undefined otherwise. */
  numbersOf(field: string): Float64Array | undefined {
    return this.columnByField.get(field)?.column;
  }

  documentAt(slot: number): object {
    return this.documents[slot] ?? NO_DOCUMENT;
  }

  /** Stores a document under its id and returns its slot, and the document it replaced if any. */
  put(
    id: string,
    document: object,
    slot = this.slotById.get(id) ?? this.documents.length,
  ): { slot: number; previous?: object } {
    const previous = this.documents[slot];
    this.documents[slot] = document;
    this.idBySlot[slot] = id;
    this.slotById.set(id, slot);
    this.storePoint(slot, document);
    this.storeNumbers(slot, document);
    return { slot, previous };
  }

  remove(id: string): { slot: number; document: object } | undefined {
    const slot = this.slotById.get(id);
    const document = slot === undefined ? undefined : this.documents[slot];
    if (slot === undefined || !document) return undefined;
    this.slotById.delete(id);
    this.documents[slot] = undefined;
    this.idBySlot[slot] = undefined;
    this.latitudes[slot] = Number.NaN;
    for (const { column } of this.numberColumns) column[slot] = Number.NaN;
    return { slot, document };
  }

  /** Live documents with their slots and ids, in slot order. */
  *entries(): IterableIterator<{ slot: number; id: string; document: object }> {
    for (let slot = 0; slot < this.documents.length; slot += 1) {
      const document = this.documents[slot];
      const id = this.idBySlot[slot];
      if (document && id !== undefined) yield { slot, id, document };
    }
  }

  private storePoint(slot: number, document: object): void {
    if (slot >= this.latitudes.length) {
      const capacity = Math.max(1024, this.latitudes.length * 2, slot + 1);
      this.latitudes = grown(this.latitudes, capacity);
      this.longitudes = grown(this.longitudes, capacity);
    }
    const point = geoPointOf(document);
    this.latitudes[slot] = point ? point.lat : Number.NaN;
    this.longitudes[slot] = point ? point.lng : Number.NaN;
  }

  private storeNumbers(slot: number, document: object): void {
    for (const entry of this.numberColumns) {
      if (slot >= entry.column.length)
        entry.column = grown(entry.column, Math.max(1024, entry.column.length * 2, slot + 1));
      const value = entry.read(document);
      entry.column[slot] = typeof value === 'number' ? value : Number.NaN;
    }
  }
}

function grown(column: Float64Array, capacity: number): Float64Array {
  const larger = new Float64Array(capacity).fill(Number.NaN);
  larger.set(column);
  return larger;
}
