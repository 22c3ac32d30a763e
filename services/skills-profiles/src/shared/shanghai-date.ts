const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Today's date (YYYY-MM-DD) in Asia/Shanghai, which keeps UTC+8 all year (no daylight saving). */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
