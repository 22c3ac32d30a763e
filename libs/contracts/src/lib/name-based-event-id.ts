import { createHash } from 'node:crypto';

/**
 * An eventId derived from the name of what the event announces (an RFC 4122 name-based UUID, version 5
 * on SHA-1): every publication of one thing, by any process after any crash, carries the same eventId,
 * so consumers' ledgers recognise the repeat. Each kind of thing has its own namespace (a UUID), so
 * equal names of two kinds never share an id.
 */
export function nameBasedEventId(namespace: string, name: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
  const bytes = createHash('sha1').update(namespaceBytes).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
