import { weeklyDigestReady, WeeklyDigestReadyPayload } from '@vetlink/contracts';
import { gunzipSync, gzipSync } from 'node:zlib';

export function packDigest(payload: WeeklyDigestReadyPayload): Buffer {
  return gzipSync(JSON.stringify(payload));
}

/** The stored payload, checked against the contract again (a record is read back weeks later). */
export function unpackDigest(
  stored: Buffer | { buffer: ArrayBufferLike | Uint8Array },
): WeeklyDigestReadyPayload {
  const bytes = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer as Uint8Array);
  return weeklyDigestReady.payload.parse(JSON.parse(gunzipSync(bytes).toString('utf8')));
}
