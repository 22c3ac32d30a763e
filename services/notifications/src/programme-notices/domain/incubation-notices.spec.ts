import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { createTemplateRegistry } from '../../templates/domain/catalogue';
import { SHORT_TEXT_LIMIT } from '../../templates/domain/template';
import { incubationDecidedNotice, startupAdmittedNotice, startupGraduatedNotice } from './incubation-notices';

const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };
const startup = {
  applicationId: 'application-9',
  programmeId: 'programme-1',
  baseId: 'base-nj-1',
  veteranId: 'veteran-zhao',
  cityId: 'nanjing',
};

describe('incubation notices from the incubators events', () => {
  const registry = createTemplateRegistry();
  const render = (notice: { type: string; data: unknown }) =>
    registry.render(notice.type, notice.data, context);
  const decided = (decision: 'accepted' | 'rejected' | 'waitlisted', extra = {}) =>
    incubationDecidedNotice({
      ...startup,
      decision,
      reason: '商业计划清晰',
      decidedAt: '2026-12-01T02:00:00.000Z',
      ...extra,
    });

  it('tells each decision, a waitlisted one with its place, to the founder', () => {
    expect(decided('accepted')).toMatchObject({ userId: 'veteran-zhao', type: 'incubation-decision' });
    expect(render(decided('accepted')).zh.title).toBe('您的孵化项目入驻申请已通过');
    expect(render(decided('rejected')).en.title).toBe(
      'Your application to the incubation programme was not accepted',
    );
    const waitlisted = render(decided('waitlisted', { waitlistPosition: 3 }));
    expect(waitlisted.zh.title).toBe('您的孵化项目入驻申请进入候补名单（第 3 位）');
    expect(waitlisted.zh.body).toContain('说明：商业计划清晰');
    expect(waitlisted.zh.link).toBe('https://vetlink.example.cn/incubation/applications/application-9');
  });

  it('makes a new notice when a waitlisted application is accepted later', () => {
    const first = decided('waitlisted', { waitlistPosition: 1 });
    const later = decided('accepted', { decidedAt: '2026-12-08T02:00:00.000Z' });
    expect(first.cause).not.toBe(later.cause);
    expect(decided('accepted').cause).toBe(decided('accepted').cause);
  });

  it('welcomes an admitted startup with its units of space, and tells its graduation', () => {
    const admitted = render(
      startupAdmittedNotice({
        ...startup,
        units: [
          { spaceType: 'workstation', unit: 4 },
          { spaceType: 'private-office', unit: 2 },
        ],
        admittedAt: '2026-12-10T02:00:00.000Z',
      }),
    );
    expect(admitted.zh.body.split('\n')).toEqual([
      '入驻日期：2026-12-10',
      '您的空间：',
      '· 工位 4 号',
      '· 独立办公室 2 号',
    ]);
    expect(admitted.en.body).toContain('· private office no. 2');
    const graduated = render(
      startupGraduatedNotice({
        ...startup,
        ending: 'graduated',
        companyRegistered: true,
        jobsCreated: 12,
        jobsForVeterans: 5,
        revenueBand: '100k-1m',
        fundingRaisedFen: 0,
        loansTaken: 1,
        endedAt: '2027-12-10T02:00:00.000Z',
      }),
    );
    expect(graduated.zh.title).toBe('恭喜！您的创业项目已从孵化基地毕业');
    expect(graduated.zh.body).toContain('创造就业岗位：12 个，其中退役军人 5 个');
    expect([...graduated.en.short].length).toBeLessThanOrEqual(SHORT_TEXT_LIMIT);
    expect(registry.get('incubation-decision')).toMatchObject({ critical: false, category: 'incubation' });
  });
});
