import { apiError } from './client';

/** An openapi-fetch answer: its data, or an ApiError thrown with the API's message. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw apiError(response.status, error);
  return data;
}

/** An answer that carries no body worth reading (204, or one the page does not show). */
export async function mustSucceed(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await call;
  if (!response.ok) throw apiError(response.status, error);
}

/** The answer's data, or null when the API answers 404 (a thing not made yet: no error for the page). */
export async function mustOrNull<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T | null> {
  const { data, error, response } = await call;
  if (response.status === 404) return null;
  if (!response.ok || data === undefined) throw apiError(response.status, error);
  return data;
}
