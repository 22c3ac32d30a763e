import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { api } from '../api/client';
import { must } from '../api/call';
import type { operations } from '../api/schema';

export type TermKind = operations['matching_TaxonomyController_entries']['parameters']['query']['kind'];

/** Names by `kind:id`, shared by every page of the visit: the taxonomy does not change while it lasts. */
const known = new Map<string, { zh: string; en: string }>();
const ASKED_AT_ONCE = 100;

/**
 * The names of taxonomy ids that answers carry (a job's skills and certificates): `learn` asks
 * matching for those not known yet; `nameOf` answers in the page's language, the id itself until then.
 */
export function useTermNames() {
  const { locale } = useI18n();
  const learned = ref(0);

  async function learn(kind: TermKind, ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !known.has(`${kind}:${id}`));
    for (let start = 0; start < missing.length; start += ASKED_AT_ONCE) {
      const { items } = await must(
        api.GET('/api/taxonomy/entries', {
          params: { query: { kind, ids: missing.slice(start, start + ASKED_AT_ONCE) } },
        }),
      );
      for (const item of items) known.set(`${kind}:${item.id}`, item);
    }
    learned.value += missing.length;
  }

  function nameOf(kind: TermKind, id: string): string {
    void learned.value; // re-render once names arrive
    const names = known.get(`${kind}:${id}`);
    if (!names) return id;
    return locale.value.startsWith('zh') ? names.zh : names.en;
  }

  return { learn, nameOf };
}
