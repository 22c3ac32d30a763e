/**
 * E-mail addresses are personal data: error texts from SMTP servers quote them ("550 <x@y>: no such
 * user"), so anything stored as a delivery error or logged passes through here first.
 * (libs/logging scrubs ID and mobile numbers, not e-mail addresses.)
 */
const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function scrubEmailAddresses(text: string): string {
  return text.replace(EMAIL_ADDRESS, '[EMAIL]');
}

/** `wx***89`: the ends of an opaque gateway recipient id. */
export function maskRecipientId(id: string): string {
  if (id.length <= 4) return '***';
  return `${id.slice(0, 2)}***${id.slice(-2)}`;
}
