import { DEFAULT_CALENDAR_SETTINGS } from '@vetlink/calendar';
import { createTemplateRegistry } from '../catalogue';

const registry = createTemplateRegistry();
const context = { portalBaseUrl: 'https://vetlink.example.cn', calendar: DEFAULT_CALENDAR_SETTINGS };

const seat = {
  enrolmentId: 'enrolment-1',
  courseTitle: '叉车操作培训',
  cityId: 'nanjing',
  startsOn: '2026-12-21',
  endsOn: '2027-01-15',
  seatNo: 7,
};
const venue = '南京市江宁区天元中路 88 号 实训楼 2 层';

describe('the seat confirmation', () => {
  it('names the venue, the mode and the provider when the event carries them (zh and en)', () => {
    const { zh, en } = registry.render(
      'training-seat-confirmed',
      { ...seat, mode: 'in-person', venue, provider: '南京市退役军人职业技能培训中心' },
      context,
    );
    expect(zh.body).toContain(`地点：${venue}`);
    expect(zh.body).toContain('方式：线下面授');
    expect(zh.body).toContain('培训机构：南京市退役军人职业技能培训中心');
    expect(zh.body).not.toContain('再提醒您上课地点');
    expect(zh.short).toContain(`地点：${venue}`);
    expect(en.body).toContain(`Where: ${venue}`);
    expect(en.body).toContain('How: in person');
    expect(en.body).not.toContain('reminded of the venue');
  });

  it('promises the venue in the reminder when the event has none (online, or sent before venues were added)', () => {
    for (const data of [seat, { ...seat, mode: 'online', provider: '江苏开放大学' }]) {
      const { zh, en } = registry.render('training-seat-confirmed', data, context);
      expect(zh.body).not.toContain('地点：');
      expect(zh.body).toContain('开班前会再提醒您上课地点');
      expect(en.body).not.toContain('Where:');
      expect(en.body).toContain('You will be reminded of the venue before it starts.');
    }
    expect(
      registry.render('training-seat-confirmed', { ...seat, mode: 'online' }, context).en.body,
    ).toContain('How: online');
  });
});
