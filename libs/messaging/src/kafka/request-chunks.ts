import type { Message } from 'kafkajs';

/** Well under the broker's default 1 MiB `message.max.bytes`, which bounds one produce request's batch. */
export const MAX_REQUEST_BYTES = 512 * 1024;
export const MAX_REQUEST_MESSAGES = 500;

/** Splits messages, in order, into runs that each fit one produce request. */
export function chunksForRequests<Item extends { message: Message }>(
  items: readonly Item[],
  limits = { bytes: MAX_REQUEST_BYTES, messages: MAX_REQUEST_MESSAGES },
): Item[][] {
  const chunks: Item[][] = [];
  let current: Item[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item.message);
    if (current.length > 0 && (bytes + size > limits.bytes || current.length >= limits.messages)) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function sizeOf(message: Message): number {
  const headerBytes = Object.entries(message.headers ?? {}).reduce(
    (sum, [name, value]) => sum + name.length + String(value).length,
    0,
  );
  return byteLength(message.value) + byteLength(message.key) + headerBytes;
}

function byteLength(value: Message['value'] | Message['key']): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}
