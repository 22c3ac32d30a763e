import type { DemoRandom } from '../random';

/** Prefixes of the three mainland operators in common use (China Mobile, Unicom, Telecom). */
const PREFIXES: readonly (readonly [string, number])[] = [
  ['134', 2],
  ['135', 4],
  ['136', 4],
  ['137', 4],
  ['138', 6],
  ['139', 6],
  ['147', 1],
  ['150', 3],
  ['151', 4],
  ['152', 3],
  ['157', 2],
  ['158', 4],
  ['159', 4],
  ['178', 2],
  ['182', 3],
  ['183', 2],
  ['187', 4],
  ['188', 3],
  ['198', 2],
  ['130', 2],
  ['131', 2],
  ['132', 2],
  ['155', 2],
  ['156', 2],
  ['166', 1],
  ['176', 1],
  ['185', 2],
  ['186', 3],
  ['133', 2],
  ['153', 2],
  ['173', 1],
  ['177', 2],
  ['180', 2],
  ['181', 2],
  ['189', 3],
  ['191', 1],
  ['199', 2],
];

/** An 11-digit mainland mobile number. */
export function mobileNumber(random: DemoRandom): string {
  return `${random.weighted(PREFIXES)}${random.characters('0123456789', 8)}`;
}
