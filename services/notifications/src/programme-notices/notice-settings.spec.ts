import { programmeNoticeSettingsFrom } from './notice-settings';

describe('programme notice settings', () => {
  it('bounds the age of a programme event at 72 hours unless told otherwise', () => {
    expect(programmeNoticeSettingsFrom({}).maxAgeMs).toBe(72 * 3600_000);
    expect(programmeNoticeSettingsFrom({ PROGRAMME_NOTICE_MAX_AGE_HOURS: '24' }).maxAgeMs).toBe(
      24 * 3600_000,
    );
  });

  it('refuses a malformed bound, naming the variable', () => {
    expect(() => programmeNoticeSettingsFrom({ PROGRAMME_NOTICE_MAX_AGE_HOURS: 'soon' })).toThrow(
      /PROGRAMME_NOTICE_MAX_AGE_HOURS/,
    );
    expect(() => programmeNoticeSettingsFrom({ PROGRAMME_NOTICE_MAX_AGE_HOURS: '0' })).toThrow(
      /PROGRAMME_NOTICE_MAX_AGE_HOURS/,
    );
  });
});
