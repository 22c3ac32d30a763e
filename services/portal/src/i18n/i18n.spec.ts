import { describe, expect, it } from 'vitest';
import { en, zhCN } from './messages';
import { createPortalI18n, initialLocale } from './index';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('i18n', () => {
  it('is zh-CN unless English was chosen', () => {
    expect(initialLocale(null)).toBe('zh-CN');
    expect(initialLocale('fr')).toBe('zh-CN');
    expect(initialLocale('en')).toBe('en');
  });

  it('has every string in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const key of keys(en))
      expect(
        key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], en),
      ).not.toBe('');
  });

  it('compiles every message in both languages (vue-i18n syntax: @ and | are special)', () => {
    const i18n = createPortalI18n('zh-CN');
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale;
      for (const key of keys(zhCN))
        expect(() => i18n.global.t(key, { message: 'm', count: 1 })).not.toThrow();
    }
    expect(i18n.global.t('auth.loginHint')).toBe('e.g. 13812345678 or name@example.cn');
  });

  it('formats with parameters in the chosen language', () => {
    const i18n = createPortalI18n('zh-CN');
    expect(i18n.global.t('recommended.score', { score: 87 })).toBe('匹配度 87');
    i18n.global.locale.value = 'en';
    expect(i18n.global.t('inbox.unread', { count: 3 })).toBe('3 unread');
  });
});
