export type FieldReader = (document: object) => unknown;

/**
 * Reads a top-level field, or a nested one by dotted path (`company.city`) as Meilisearch does.
 * Built once per field so the hot loops over documents do no string work.
 */
export function fieldReader(field: string): FieldReader {
  if (!field.includes('.')) return (document) => (document as Record<string, unknown>)[field];
  const path = field.split('.');
  return (document) => {
    const record = document as Record<string, unknown>;
    if (field in record) return record[field];
    let value: unknown = document;
    for (const part of path) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };
}

/**
 * The key equality filters compare by: strings case-insensitively, numbers and booleans by their
 * text, so that `1` and `"1"` are the same value as they are in Meilisearch filters.
 */
export function equalityKey(value: unknown): string | undefined {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Calls `visit` with each value a field holds: each element of an array, or the value itself. */
export function forEachValue(value: unknown, visit: (value: unknown) => void): void {
  if (Array.isArray(value)) for (const element of value) visit(element);
  else if (value !== undefined) visit(value);
}
