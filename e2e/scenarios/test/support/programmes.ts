import { randomInt } from 'node:crypto';

/** Bodies of the bureau's programmes in the scenarios: an incubation base and cohort (the loan product is in bodies.ts). */

const anchors = { '1': 'no evidence', '3': 'plausible', '5': 'proven' };

/** The review rubric of the cohort: weights sum to 100, scores 1 to 5. */
export const RUBRIC = [
  { id: 'team', name: 'Team', weight: 50, anchors },
  { id: 'market', name: 'Market', weight: 30, anchors },
  { id: 'veteran-jobs', name: 'Jobs for veterans', weight: 20, anchors },
];

/** An incubation base in Jiangning with `workstations` free workstations (`POST /api/incubation/bases`). */
export function incubationBase(name: string, workstations: number) {
  return {
    name,
    operator: '江宁区退役军人事务局',
    cityId: 'nanjing',
    address: '江宁区天元中路 88 号',
    focusIndustries: ['transport-logistics', 'information-technology'],
    units: { workstation: workstations },
    equipment: ['路演厅'],
    support: [{ kind: 'rent-free-months', amount: 12 }, { kind: 'legal-help' }],
  };
}

/** A cohort open since yesterday for a month, for veteran founders, reviewed by the rubric above. */
export function incubationProgramme() {
  const now = Date.now();
  return {
    name: '2027 春季孵化营',
    opensAt: new Date(now - 86_400_000).toISOString(),
    closesAt: new Date(now + 30 * 86_400_000).toISOString(),
    seats: 10,
    eligibility: { founderMustBeVeteran: true, registration: 'any', industries: [] },
    rubric: RUBRIC,
  };
}

/** A not yet registered cold-chain venture of a veteran founder, asking for one workstation. */
export function ventureApplication(founderId: string) {
  return {
    ventureName: `江宁冷链配送 ${randomInt(1_000_000)}`,
    summary: '为江宁区农场提供冷链配送。\n两辆冷藏车，三名退役军人。',
    industry: 'transport-logistics',
    stage: 'prototype',
    registration: { registered: false },
    fundingNeedFen: 30_000_000,
    spaceNeed: { type: 'workstation', units: 1 },
    team: [{ name: '王建国', role: 'founder', veteran: true, veteranId: founderId }],
  };
}

/** The LPR table's quote the loan's rate starts from (`POST /api/lpr-quotes`). */
export const LPR_QUOTE = { effectiveOn: '2024-01-01', oneYearBp: 300, fiveYearBp: 350 };
