import { IncomingMessage, ServerResponse } from 'node:http';
/**
 * Personal data and secrets never reach the logs. Keys are redacted by name wherever they nest,
 * and free text is scrubbed of anything shaped like a PRC resident ID number or mobile number,
 * because a message or an error can quote user input verbatim.
 */
const SENSITIVE_KEY =
  /^(authorization|cookie|set-cookie|password|secret|token|accesstoken|refreshtoken|idnumber|nationalid|idcard|phone|mobile|telephone|contactphone|email|emailaddress|recipientid|openid|privatekey|apikey)$/i;
const RESIDENT_ID_NUMBER =
  /(?<![\dA-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])\d{2}\d{3}[\dXx](?![\dA-Za-z])/g;
const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Not inside a run of letters and digits: an id such as a UUID's last group (e13912345678) is no phone.
const MOBILE_NUMBER = /(?<![\dA-Za-z])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\dA-Za-z])/g;
const MAX_DEPTH = 8;

export const REDACTED = '[REDACTED]';

export type PersonalDataKind = 'id-number' | 'mobile-number' | 'email-address';

/** The kinds of personal data a free text holds, by shape (used to keep them out of public text). */
export function personalDataIn(text: string): PersonalDataKind[] {
  const kinds: PersonalDataKind[] = [];
  if (new RegExp(RESIDENT_ID_NUMBER.source).test(text)) kinds.push('id-number');
  if (new RegExp(MOBILE_NUMBER.source).test(text)) kinds.push('mobile-number');
  if (mayHoldEmail(text) && new RegExp(EMAIL_ADDRESS.source).test(text)) kinds.push('email-address');
  return kinds;
}

export function scrubText(text: string): string {
  const scrubbed = text.replace(RESIDENT_ID_NUMBER, '[ID-NUMBER]').replace(MOBILE_NUMBER, '[PHONE]');
  return mayHoldEmail(scrubbed) ? scrubbed.replace(EMAIL_ADDRESS, '[EMAIL]') : scrubbed;
}

/**
 * The e-mail pattern backtracks over every run of address characters it meets (quadratic in a long
 * token or header): every request's log line paid for it. Without an @ there is nothing to find.
 */
function mayHoldEmail(text: string): boolean {
  return text.includes('@');
}

/**
 * A request URL fit for the logs: the path scrubbed like free text (a path can carry an ID number or a
 * mobile number), query values redacted when their name is sensitive and scrubbed otherwise.
 */
export function scrubUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = scrubText(safeDecode(queryStart < 0 ? url : url.slice(0, queryStart)));
  if (queryStart < 0) return path;
  const query = new URLSearchParams(url.slice(queryStart + 1));
  const kept = [...query].map(([name, value]): [string, string] => [
    name,
    SENSITIVE_KEY.test(normaliseKey(name)) ? REDACTED : scrubText(value),
  ]);
  return `${path}?${new URLSearchParams(kept).toString()}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  // The request logger's own serializers reduce these to what a line keeps (method, scrubbed URL,
  // status); walking their sockets and parsers cost more than the rest of a request.
  if (value instanceof IncomingMessage || value instanceof ServerResponse) return value;
  if (value instanceof Error) return redactError(value);
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = SENSITIVE_KEY.test(normaliseKey(key)) ? REDACTED : redactPersonalData(item, depth + 1);
  }
  return result;
}

function normaliseKey(key: string): string {
  return key.replace(/[-_]/g, '');
}

function redactError(error: Error): Record<string, unknown> {
  return {
    type: error.name,
    message: scrubText(error.message),
    stack: error.stack && scrubText(error.stack),
  };
}
