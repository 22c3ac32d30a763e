import { ref, shallowRef, type Ref } from 'vue';
import type { ApiError } from '../api/client';

/**
 * One request's states for a page: loading, the data, or the error's message; `reload` runs it again.
 * Every page shows the three (LoadState), so none stays blank while waiting or after a failure.
 */
export function useLoad<T>(load: () => Promise<T>, immediate = true) {
  const data = shallowRef<T>() as Ref<T | undefined>;
  const loading = ref(false);
  const error = ref<string>();
  async function reload(): Promise<void> {
    loading.value = true;
    error.value = undefined;
    try {
      data.value = await load();
    } catch (failure) {
      error.value = messageOf(failure);
    } finally {
      loading.value = false;
    }
  }
  if (immediate) void reload();
  return { data, loading, error, reload };
}

export function messageOf(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'message' in failure)
    return String((failure as ApiError).message);
  return String(failure);
}
