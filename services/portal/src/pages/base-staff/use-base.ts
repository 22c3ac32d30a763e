import { api, session } from '../../api/client';
import { must } from '../../api/call';
import { useLoad } from '../../composables/use-load';

/** The base a staff member runs is named by their token's organisation (the incubators service checks the grant). */
export function ownBaseId(): string | undefined {
  return session.identity?.organisationId;
}

/** The base's programmes, latest opening first; none without a base. */
export function useBaseProgrammes() {
  return useLoad(async () => {
    const baseId = ownBaseId();
    if (!baseId) return [];
    const page = await must(
      api.GET('/api/incubation/bases/{baseId}/programmes', {
        params: { path: { baseId }, query: { limit: 100 } },
      }),
    );
    return page.items;
  });
}
