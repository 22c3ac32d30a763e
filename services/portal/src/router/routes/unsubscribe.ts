import type { RouteRecordRaw } from 'vue-router';

/** Where an unsubscribe link in a message lands: works without signing in (the token says who). */
export default [
  {
    path: '/unsubscribe',
    component: () => import('../../pages/public/UnsubscribePage.vue'),
    meta: { public: true },
  },
] satisfies RouteRecordRaw[];
