/**
 * Polls until the check returns a value, for effects that arrive asynchronously (events, queue jobs).
 * The default wait is long: it costs nothing when the effect comes, and a shared CI machine running a
 * dozen services can take tens of seconds where an idle one takes one.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  { timeoutMs = 45_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
