import { createApp } from 'vue';
// Components are imported where used (each role's chunk carries its own); the styles once, here.
import 'element-plus/dist/index.css';
import './theme.css';
import App from './App.vue';
import { session } from './api/client';
import { createPortalI18n, rememberLocale } from './i18n';
import { createPortalRouter } from './router';

const i18n = createPortalI18n();
rememberLocale(i18n.global.locale.value);
const router = createPortalRouter(session);
session.onChange((identity) => {
  // Signed out (or a refused refresh with nothing to resume, after a reload): back to sign-in, keeping
  // where the person was. A refusal while the page is open pauses the session instead (SignInDialog).
  if (!identity && router.currentRoute.value.matched.some((record) => record.meta['role']))
    void router.push({ path: '/sign-in', query: { next: router.currentRoute.value.fullPath } });
});

createApp(App).use(i18n).use(router).mount('#app');
