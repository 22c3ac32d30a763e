/** True for the server's unique-index violation (E11000), the tool we use for races without transactions. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
