import type { Request } from 'express';

/** Loopback and private addresses: where the gateway runs, so its X-Forwarded-For is believed. */
const TRUSTED_PROXY = /^(::ffff:)?(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)|^::1$|^f[cd]/;

/**
 * The address a sign-in comes from, for the per-address throttle. The gateway appends the caller's
 * address to X-Forwarded-For; only the last entry is the gateway's word (earlier ones are whatever the
 * caller sent), and only a peer on a trusted network is taken to be the gateway.
 */
export function clientAddress(request: Request): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  if (!TRUSTED_PROXY.test(peer) || typeof forwarded !== 'string') return peer;
  const last = forwarded.split(',').pop()?.trim();
  return last || peer;
}
