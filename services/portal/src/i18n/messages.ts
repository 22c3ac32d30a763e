import type { AreaMessages } from './define-messages';

// Each file of messages/ is one area of the portal, both languages side by side; a new page brings its
// own file and nothing here changes.
const areas = import.meta.glob<AreaMessages>('./messages/*.ts', { eager: true, import: 'default' });

/** Strings by key, nested by section. */
export interface Strings {
  [key: string]: string | Strings;
}

function merged(language: keyof AreaMessages): Strings {
  const sections: Strings = {};
  for (const [file, area] of Object.entries(areas))
    for (const [section, strings] of Object.entries(area[language])) {
      if (section in sections) throw new Error(`i18n section "${section}" is defined twice (${file})`);
      sections[section] = strings as Strings;
    }
  return sections;
}

/** Chinese, the portal's default language. */
export const zhCN = merged('zh-CN');
/** English: the same keys (each area's type and a unit test say so). */
export const en = merged('en');
