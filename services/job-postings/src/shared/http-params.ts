import { createZodDto } from '@vetlink/http';
import { z } from 'zod';

/** A MongoDB ObjectId in hex: checked at the edge so that a malformed id is a 400, never a 500. */
export const objectIdText = z.string().regex(/^[0-9a-f]{24}$/i, 'must be a 24-character hexadecimal id');

export class JobIdParams extends createZodDto(z.strictObject({ jobId: objectIdText })) {}
export class ApplicationIdParams extends createZodDto(z.strictObject({ applicationId: objectIdText })) {}
