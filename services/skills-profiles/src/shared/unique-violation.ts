import { isDuplicateKeyError } from '@vetlink/persistence';

/**
 * MongoDB reports a unique-index violation as E11000. FerretDB 1.x (SQLite backend) does so on insert,
 * but on update answers InternalError carrying SQLite's own message; both mean the same to us.
 */
export function isUniqueIndexViolation(error: unknown): boolean {
  if (isDuplicateKeyError(error)) return true;
  const message =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message.includes('UNIQUE constraint failed');
}
