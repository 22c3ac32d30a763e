import { z } from 'zod';

/**
 * An e-mail address as mail servers take it (RFC 5321): a local part of at most 64 characters, a
 * domain of dot-separated labels of at most 63 characters each, ending in a letters-only top-level
 * domain. The pattern is what OpenAPI shows; zod's own e-mail check applies too.
 */
export const EMAIL_PATTERN =
  /^(?=[^@]{1,64}@)[A-Za-z0-9_'+-]+(?:\.[A-Za-z0-9_'+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** An e-mail address field: at most 254 characters, local part at most 64. */
export const emailAddress = () =>
  z
    .email({ pattern: EMAIL_PATTERN, error: 'must be an e-mail address (local part at most 64 characters)' })
    .max(254);

/** An id this platform made with MongoDB's ObjectId (jobs, applications, ...), as its 24 hex digits. */
export const objectIdText = z
  .string()
  .regex(/^[0-9a-f]{24}$/i, 'must be a 24-character hexadecimal id')
  .meta({ description: 'a 24-character hexadecimal id' });
