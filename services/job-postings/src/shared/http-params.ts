import { createZodDto, objectIdText } from '@vetlink/http';
import { z } from 'zod';

/** A MongoDB ObjectId in hex: checked at the edge so that a malformed id is a 400, never a 500. */
export { objectIdText };

export class JobIdParams extends createZodDto(z.strictObject({ jobId: objectIdText })) {}
export class ApplicationIdParams extends createZodDto(z.strictObject({ applicationId: objectIdText })) {}
