import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { apiBaseUrl } from '../config';
import { authMiddleware } from '../session/auth-middleware';
import { sessionStorageStore, Session, type AuthApi, type SessionGrant } from '../session/session';

export type Schemas = components['schemas'];

/** Accounts' own calls (sign-in, refresh, sign-out) go without the token middleware. */
const accounts = createClient<paths>({ baseUrl: apiBaseUrl() });

/** The error body every service and the gateway answer: the message names the field. */
export interface ApiError {
  status: number;
  message: string;
}

export function apiError(status: number, body: unknown): ApiError {
  const message =
    body && typeof body === 'object' && 'message' in body
      ? String((body as { message: unknown }).message)
      : `HTTP ${status}`;
  return { status, message };
}

const authApi: AuthApi = {
  async signIn(login, password) {
    const { data, error, response } = await accounts.POST('/api/auth/sign-in', { body: { login, password } });
    if (!data) throw apiError(response.status, error);
    return data as SessionGrant;
  },
  async refresh(refreshToken) {
    const { data, response, error } = await accounts.POST('/api/auth/refresh', { body: { refreshToken } });
    if (data) return data as SessionGrant;
    if (response.status === 401 || response.status === 400) return undefined;
    throw apiError(response.status, error);
  },
  async signOut(refreshToken) {
    await accounts.POST('/api/auth/sign-out', { body: { refreshToken } });
  },
};

export const session = new Session(authApi, sessionStorageStore());

/** The typed client for every other call: the access token on each request, refreshed on 401. */
export const api = createClient<paths>({ baseUrl: apiBaseUrl() });
api.use(authMiddleware(session));

/** Signs a veteran up (accounts), before any session exists. */
export async function signUpVeteran(body: Schemas['accounts.SignUpBody']): Promise<void> {
  const { error, response } = await accounts.POST('/api/accounts/veterans', { body });
  if (!response.ok) throw apiError(response.status, error);
}
