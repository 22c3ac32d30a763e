import { draftApplication } from './application.fixture';
import { anonymised, erasedFounder } from './erasure';

describe("an erased veteran's applications", () => {
  it("anonymises the founder's application and keeps what the bureau counts", () => {
    const application = draftApplication({
      state: 'rejected',
      venture: {
        ...draftApplication().venture,
        registration: { registered: true, creditCode: '91350100M000100Y43' },
      },
      team: [
        { name: 'Wang Jun', role: 'founder', veteran: true, veteranId: 'vet-1' },
        { name: 'Li Na', role: 'cto', veteran: false },
      ],
      history: [
        {
          from: 'draft',
          to: 'submitted',
          at: new Date(),
          by: { userId: 'vet-1', role: 'veteran' },
          reason: 'x',
        },
      ],
    });
    const erased = anonymised(application, 'vet-1');
    expect(erased.founderId).toBe(erasedFounder('app-1'));
    expect(erased.venture).toMatchObject({
      name: 'erased',
      summary: 'erased',
      industry: 'transport-logistics',
      fundingNeedFen: 30_000_000,
    });
    expect(erased.venture.registration).toEqual({ registered: true, creditCode: 'erased' });
    expect(erased.team).toEqual([
      { name: 'erased', role: 'founder', veteran: true },
      { name: 'erased', role: 'cto', veteran: false },
    ]);
    expect(erased.history[0].by.userId).toBe(erasedFounder('app-1'));
    expect(JSON.stringify(erased)).not.toContain('vet-1');
  });

  it("removes only a team member's own entry from another founder's application", () => {
    const application = draftApplication({
      team: [
        { name: 'Wang Jun', role: 'founder', veteran: true, veteranId: 'vet-1' },
        { name: 'Zhao Lei', role: 'sales', veteran: true, veteranId: 'vet-2' },
      ],
    });
    const erased = anonymised(application, 'vet-2');
    expect(erased.founderId).toBe('vet-1');
    expect(erased.team[1]).toEqual({ name: 'erased', role: 'sales', veteran: true });
    expect(erased.team[0].name).toBe('Wang Jun');
  });
});
