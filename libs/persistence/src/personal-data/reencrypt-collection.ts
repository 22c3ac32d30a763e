import type { mongo } from 'mongoose';
import { FieldCipher } from './field-cipher';

type Document = mongo.Document;

/** One encrypted field of a document: where it is (dotted path) and the context it was encrypted with. */
export interface EncryptedField {
  path: string;
  context: (document: Document) => string;
  /** For values stored in clear before encryption began (found at `path` in clear): where that was. */
  legacyClearPath?: string;
}

export interface ReencryptionCount {
  scanned: number;
  rewritten: number;
}

const PAGE = 500;

/**
 * Key rotation for one collection: every value of the fields not under the current key is decrypted
 * with its own (retired) key and encrypted with the current one; a value still in clear at its legacy
 * path is encrypted and the clear copy removed. Pages by `_id` (the one index FerretDB uses for a
 * range), one update by `_id` per changed document; safe to run again, and while the service runs.
 */
export async function reencryptCollection(
  collection: mongo.Collection<Document>,
  fields: readonly EncryptedField[],
  cipher: FieldCipher,
): Promise<ReencryptionCount> {
  const count = { scanned: 0, rewritten: 0 };
  let after: mongo.Document['_id'] | undefined;
  for (;;) {
    const page = await collection
      .find(after === undefined ? {} : { _id: { $gt: after } as mongo.Document })
      .sort({ _id: 1 })
      .limit(PAGE)
      .toArray();
    if (page.length === 0) return count;
    for (const document of page) {
      const change = rotated(document, fields, cipher);
      if (change) {
        await collection.updateOne({ _id: document['_id'] }, change);
        count.rewritten++;
      }
    }
    count.scanned += page.length;
    after = page[page.length - 1]['_id'];
  }
}

function rotated(document: Document, fields: readonly EncryptedField[], cipher: FieldCipher) {
  const set: Record<string, string> = {};
  const unset: Record<string, ''> = {};
  for (const field of fields) {
    const stored = valueAt(document, field.path);
    const clear = field.legacyClearPath ? valueAt(document, field.legacyClearPath) : undefined;
    if (typeof stored === 'string' && !cipher.isCurrent(stored)) {
      set[field.path] = cipher.reencrypt(stored, field.context(document));
    } else if (stored === undefined && typeof clear === 'string') {
      set[field.path] = cipher.encrypt(clear, field.context(document));
      unset[field.legacyClearPath as string] = '';
    }
  }
  if (Object.keys(set).length === 0) return undefined;
  return Object.keys(unset).length > 0 ? { $set: set, $unset: unset } : { $set: set };
}

function valueAt(document: Document, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Document | undefined)?.[key], document);
}
