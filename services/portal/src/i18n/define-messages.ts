/** One area's strings: the Chinese text and the English with the same keys (the type says so). */
export interface AreaMessages<T extends object = object> {
  'zh-CN': T;
  en: T;
}

export function defineMessages<T extends object>(zhCN: T, en: NoInfer<T>): AreaMessages<T> {
  return { 'zh-CN': zhCN, en };
}
