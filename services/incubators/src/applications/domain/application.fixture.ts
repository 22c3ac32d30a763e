import type { Application } from './application';

export function draftApplication(overrides: Partial<Application> = {}): Application {
  const at = new Date('2026-03-01T02:00:00Z');
  return {
    id: 'app-1',
    version: 1,
    programmeId: 'prog-1',
    baseId: 'base-1',
    founderId: 'vet-1',
    venture: {
      name: 'Green Convoy Logistics',
      summary: 'Cold-chain delivery for farms around Lishui.',
      industry: 'transport-logistics',
      stage: 'prototype',
      registration: { registered: false },
      fundingNeedFen: 30_000_000,
      spaceNeed: { type: 'workstation', units: 1 },
    },
    team: [{ name: 'Wang Jun', role: 'founder', veteran: true, veteranId: 'vet-1' }],
    state: 'draft',
    reviewers: [],
    history: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
