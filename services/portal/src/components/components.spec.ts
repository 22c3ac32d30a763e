import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { describe, expect, it } from 'vitest';
import { createPortalI18n } from '../i18n';
import LanguageSwitch from './LanguageSwitch.vue';
import LoadState from './LoadState.vue';

function plugins(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const i18n = createPortalI18n(locale);
  return { i18n, global: { plugins: [ElementPlus, i18n] } };
}

describe('LoadState', () => {
  it('tells that it is loading', () => {
    const wrapper = mount(LoadState, { props: { loading: true }, ...plugins() });
    expect(wrapper.get('[role="status"]').text()).toBe('正在加载……');
  });

  it('shows the error with a retry button that asks to retry', async () => {
    const wrapper = mount(LoadState, { props: { loading: false, error: 'HTTP 502' }, ...plugins('en') });
    expect(wrapper.text()).toContain('Could not load: HTTP 502');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('shows the empty text, else its content', () => {
    const empty = mount(LoadState, {
      props: { loading: false, empty: true, emptyText: 'No messages yet.' },
      slots: { default: '<p>content</p>' },
      ...plugins('en'),
    });
    expect(empty.text()).toContain('No messages yet.');
    expect(empty.text()).not.toContain('content');
    const full = mount(LoadState, {
      props: { loading: false },
      slots: { default: '<p>content</p>' },
      ...plugins(),
    });
    expect(full.text()).toBe('content');
  });
});

describe('LanguageSwitch', () => {
  it('switches between Chinese and English and remembers the choice', async () => {
    const { i18n, global } = plugins('zh-CN');
    const wrapper = mount(LanguageSwitch, { global });
    expect(wrapper.text()).toBe('English');
    await wrapper.get('button').trigger('click');
    expect(i18n.global.locale.value).toBe('en');
    expect(window.localStorage.getItem('vetlink.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(wrapper.text()).toBe('中文');
  });
});
