/**
 * True for a unique-index violation, the tool we use for races without transactions: MongoDB's E11000,
 * and FerretDB 1.x's SQLite backend, which reports one raised by an update as an internal error.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === 11000 ||
    (code === 1 && typeof message === 'string' && message.includes('UNIQUE constraint failed'))
  );
}
