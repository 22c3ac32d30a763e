import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createPortalI18n } from '../../i18n';

// The page's calls to notifications (through the gateway), answered here.
const calls = vi.hoisted(() => ({ GET: vi.fn(), POST: vi.fn() }));
vi.mock('../../api/client', async (original) => ({
  ...(await original<typeof import('../../api/client')>()),
  api: calls,
}));
const { default: UnsubscribePage } = await import('./UnsubscribePage.vue');

/** A token as notifications writes them (the signature is the service's to check; here only its shape). */
const token = (claim: object) =>
  `${btoa(JSON.stringify(claim)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.${'A'.repeat(43)}`;
const answer = (status: number, error?: unknown) => ({ response: new Response(null, { status }), error });

async function open(query: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/unsubscribe', component: UnsubscribePage },
      { path: '/sign-in', component: { template: '<p />' } },
    ],
  });
  await router.push(`/unsubscribe?${query}`);
  const wrapper = mount(UnsubscribePage, {
    global: { plugins: [ElementPlus, createPortalI18n(locale), router] },
  });
  await flushPromises();
  return wrapper;
}

describe('the unsubscribe page', () => {
  beforeEach(() => {
    calls.GET.mockReset();
    calls.POST.mockReset();
  });

  it('says what will stop, and switches it off only when the person confirms', async () => {
    calls.GET.mockResolvedValue(answer(200));
    calls.POST.mockResolvedValue(answer(200));
    const wrapper = await open(`token=${token({ u: 'veteran-1', c: 'weekly-digest' })}`);
    expect(wrapper.get('[data-testid="unsubscribe-question"]').text()).toBe('确定不再接收“每周精选岗位”吗？');
    expect(calls.POST).not.toHaveBeenCalled();
    await wrapper.get('[data-testid="unsubscribe"]').trigger('click');
    await flushPromises();
    expect(calls.POST).toHaveBeenCalledTimes(1);
    expect(wrapper.get('[data-testid="unsubscribe-done"]').text()).toContain('已退订“每周精选岗位”');
  });

  it('speaks English when the person chose it', async () => {
    calls.GET.mockResolvedValue(answer(200));
    const wrapper = await open(`token=${token({ u: 'veteran-1', c: 'job-push' })}`, 'en');
    expect(wrapper.get('[data-testid="unsubscribe-question"]').text()).toBe(
      'Stop receiving job recommendations?',
    );
  });

  it('refuses a link the service did not sign, and one that is not a link at all without asking', async () => {
    calls.GET.mockResolvedValue(answer(400, { message: 'token: this unsubscribe link is not valid' }));
    const forged = await open(`token=${token({ u: 'veteran-1', c: 'loans' })}`);
    expect(forged.get('[data-testid="unsubscribe-invalid"]').text()).toContain('此退订链接无效或已过期');
    calls.GET.mockClear();
    const cut = await open('token=abc');
    expect(cut.find('[data-testid="unsubscribe-invalid"]').exists()).toBe(true);
    expect(calls.GET).not.toHaveBeenCalled();
  });

  it('shows a failure it can retry when the service cannot answer', async () => {
    calls.GET.mockResolvedValueOnce(answer(503, { message: 'notifications is unavailable' }));
    const wrapper = await open(`token=${token({ u: 'veteran-1', c: 'training' })}`);
    expect(wrapper.get('[role="alert"]').text()).toContain('notifications is unavailable');
    calls.GET.mockResolvedValueOnce(answer(200));
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="unsubscribe-question"]').exists()).toBe(true);
  });
});
