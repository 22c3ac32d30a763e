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

/*
 * Chinese job titles say their level in their last characters: 经理 and 总监 manage, 主管, 队长, 组长,
 * 护士长, 厨师长 and 店长 supervise. Checked in this order, so that 车间主任 is supervisory but
 * 行政总监 management.
 */
const TITLE_BANDS: readonly [RegExp, SeniorityBand][] = [
  [/(总经理|经理|总监|厂长|院长|部长|总工|运营总|manager|director)/iu, 'management'],
  [
    /(主管|队长|组长|班长|[^办]主任|士长|师长|主厨|领班|店长|站长|supervisor|team\s*lead|foreman)/iu,
    'supervisory',
  ],
];

/** The level a job title states, if it states one (an employer's explicit level wins over this). */
export function seniorityBandOfTitle(title: string): SeniorityBand | undefined {
  return TITLE_BANDS.find(([pattern]) => pattern.test(title))?.[1];
}
