import { describe, expect, it } from 'vitest';
import {
  anchorsInOrder,
  decisionOutcomes,
  emptyVentureForm,
  founderMayWithdraw,
  founderStep,
  isAssignedReviewer,
  parseUserIds,
  programmeWindow,
  scoreText,
  staffActions,
  ventureBody,
  ventureFormOf,
  ventureProblems,
  waitlistOrder,
  weightedTotal,
  type Application,
} from './incubation';

const RUBRIC = [
  { id: 'team', name: '团队', weight: 50, anchors: { '5': '强', '1': '弱' } },
  { id: 'market', name: '市场', weight: 30, anchors: { '1': '无', '5': '明确' } },
  { id: 'veteran-jobs', name: '带动就业', weight: 20, anchors: { '1': '无', '5': '多' } },
];

function filledForm() {
  const form = emptyVentureForm('founder-1');
  form.ventureName = ' 江宁冷链配送 ';
  form.summary = '冷链配送';
  form.industry = 'transport-logistics';
  form.fundingNeedYuan = 300_000.5;
  form.team[0] = { ...form.team[0]!, name: '王建国', role: '创始人' };
  return form;
}

describe('programmeWindow', () => {
  const programme = { opensAt: '2027-03-01T00:00:00+08:00', closesAt: '2027-04-01T00:00:00+08:00' };
  it('is upcoming before the opening, open until just before the closing, then closed', () => {
    expect(programmeWindow(programme, new Date('2027-02-28T15:59:59Z'))).toBe('upcoming');
    expect(programmeWindow(programme, new Date('2027-02-28T16:00:00Z'))).toBe('open');
    expect(programmeWindow(programme, new Date('2027-03-31T15:59:59Z'))).toBe('open');
    expect(programmeWindow(programme, new Date('2027-03-31T16:00:00Z'))).toBe('closed');
  });
});

describe('the venture form', () => {
  it('names what is missing, by the body field the API would name', () => {
    const form = emptyVentureForm('founder-1');
    form.registered = true;
    form.fundingNeedYuan = -1;
    expect(ventureProblems(form)).toEqual({
      ventureName: 'required',
      summary: 'required',
      industry: 'required',
      registration: 'creditCodeRequired',
      fundingNeedFen: 'notNegative',
      team: 'teamNames',
    });
    expect(ventureProblems(filledForm())).toEqual({});
  });

  it('makes the body: yuan to fen, trimmed text, the founder named as a veteran by id', () => {
    expect(ventureBody(filledForm())).toEqual({
      ventureName: '江宁冷链配送',
      summary: '冷链配送',
      industry: 'transport-logistics',
      stage: 'idea',
      registration: { registered: false },
      fundingNeedFen: 30_000_050,
      spaceNeed: { type: 'workstation', units: 1 },
      team: [{ name: '王建国', role: '创始人', veteran: true, veteranId: 'founder-1' }],
    });
  });

  it('sends a credit code as typed in groups, without space, in capitals; no space asked is null', () => {
    const form = filledForm();
    form.registered = true;
    form.creditCode = '91320115 mA1x2y3z4k';
    form.needsSpace = false;
    form.team.push({ name: '李娜', role: '运营', veteran: false, veteranId: 'ignored' });
    const body = ventureBody(form);
    expect(body.registration).toEqual({ registered: true, creditCode: '91320115MA1X2Y3Z4K' });
    expect(body.spaceNeed).toBeNull();
    expect(body.team[1]).toEqual({ name: '李娜', role: '运营', veteran: false });
  });

  it('comes back from a saved draft as it was sent', () => {
    const body = ventureBody(filledForm());
    const saved = {
      venture: {
        name: body.ventureName,
        summary: body.summary,
        industry: body.industry,
        stage: body.stage,
        registration: body.registration,
        fundingNeedFen: body.fundingNeedFen,
        spaceNeed: body.spaceNeed,
      },
      team: body.team,
    } as unknown as Application;
    expect(ventureBody(ventureFormOf(saved))).toEqual(body);
  });
});

describe('what each side may do', () => {
  it('follows the service state machine for staff', () => {
    expect(staffActions('submitted')).toEqual(['screen', 'reject']);
    expect(staffActions('screening')).toEqual(['send-to-review', 'assign-reviewers', 'reject']);
    expect(staffActions('in-review')).toEqual(['assign-reviewers', 'decide']);
    expect(staffActions('in-residence')).toEqual(['residence']);
    expect(staffActions('draft')).toEqual([]);
    expect(staffActions('graduated')).toEqual([]);
    expect(decisionOutcomes('in-review')).toEqual(['accept', 'waitlist', 'reject']);
    expect(decisionOutcomes('waitlisted')).toEqual(['accept', 'reject']);
    expect(decisionOutcomes('accepted')).toEqual([]);
  });

  it('lets a founder withdraw before residence only', () => {
    expect(founderMayWithdraw('draft')).toBe(true);
    expect(founderMayWithdraw('accepted')).toBe(true);
    expect(founderMayWithdraw('in-residence')).toBe(false);
    expect(founderMayWithdraw('rejected')).toBe(false);
  });

  it('places every state on one of the founder steps', () => {
    expect(founderStep('screening')).toBe('review');
    expect(founderStep('waitlisted')).toBe('decision');
    expect(founderStep('in-residence')).toBe('residence');
    expect(founderStep('exited')).toBe('ended');
  });

  it('knows an assigned reviewer', () => {
    const application = { reviewers: [{ userId: 'r1', assignedAt: '', assignedBy: 's' }] };
    expect(isAssignedReviewer(application, 'r1')).toBe(true);
    expect(isAssignedReviewer(application, 'r2')).toBe(false);
    expect(isAssignedReviewer({}, 'r1')).toBe(false);
  });
});

describe('scoring', () => {
  it('is the weighted mean to two decimals, as the service computes it, once every criterion is scored', () => {
    expect(weightedTotal(RUBRIC, { team: 5, market: 3, 'veteran-jobs': 4 })).toBe(4.2);
    expect(weightedTotal(RUBRIC, { team: 4, market: 4, 'veteran-jobs': 4 })).toBe(4);
    expect(weightedTotal(RUBRIC, { team: 5, market: 3 })).toBeUndefined();
  });

  it('shows totals and spreads to two decimals at most', () => {
    expect(scoreText((4.2 + 4) / 2)).toBe('4.1');
    expect(scoreText(4.2 - 4)).toBe('0.2');
    expect(scoreText(3)).toBe('3');
    expect(scoreText(3.456)).toBe('3.46');
  });

  it('reads the anchors lowest first', () => {
    expect(anchorsInOrder(RUBRIC[0]!)).toEqual([
      { score: 1, text: '弱' },
      { score: 5, text: '强' },
    ]);
  });
});

describe('lists', () => {
  it('orders the waitlist first place first, leaving out what is not on it', () => {
    const list = waitlistOrder([{ waitlistPosition: 2 }, {}, { waitlistPosition: 1 }]);
    expect(list).toEqual([{ waitlistPosition: 1 }, { waitlistPosition: 2 }]);
  });

  it('reads reviewer ids separated by lines, commas or spaces, each once', () => {
    expect(parseUserIds(' a1, b2\nc3，a1  ')).toEqual(['a1', 'b2', 'c3']);
    expect(parseUserIds('  ')).toEqual([]);
  });
});
