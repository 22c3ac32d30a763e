import { getRank, getRole } from './lookups';
import { higherBand, type SeniorityBand } from './vocabulary';

/**
 * The higher of what the rank and the posts held say: a 上等兵 who served as 班长 led a squad, so he
 * reaches supervisory even though his rank alone is entry level.
 */
export function seniorityBandOf(rankId: string | undefined, roleIds: readonly string[]): SeniorityBand {
  const rankBand = rankId === undefined ? undefined : getRank(rankId)?.seniorityBand;
  const roleBands = roleIds.flatMap((id) => getRole(id)?.seniorityBand ?? []);
  return [rankBand ?? 'entry', ...roleBands].reduce(higherBand);
}
