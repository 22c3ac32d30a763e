declare global {
  interface Window {
    VETLINK_API_BASE_URL?: string;
  }
}

const DEFAULT_API_BASE_URL = 'http://127.0.0.1:3000';

/**
 * The gateway's address: set where the portal is served (runtime-config.js, written by the static
 * server from PORTAL_API_BASE_URL), else VITE_API_BASE_URL at build time, else the local gateway.
 */
export function apiBaseUrl(): string {
  const chosen =
    (typeof window !== 'undefined' && window.VETLINK_API_BASE_URL) ||
    (import.meta.env['VITE_API_BASE_URL'] as string | undefined) ||
    DEFAULT_API_BASE_URL;
  return chosen.replace(/\/+$/, '');
}
