import { createI18n } from 'vue-i18n';
import { en, zhCN } from './messages';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const STORED = 'vetlink.locale';

/** zh-CN unless the person chose English before (kept in localStorage: not personal data). */
export function initialLocale(stored: string | null | undefined): Locale {
  return stored === 'en' ? 'en' : 'zh-CN';
}

export function createPortalI18n(locale: Locale = initialLocale(readStored())) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORED, locale);
  } catch {
    // private mode: the choice lasts this page only
  }
  document.documentElement.lang = locale;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORED);
  } catch {
    return null;
  }
}
