import type { RouteRecordRaw } from 'vue-router';

/** Pages anyone may open: signing in and up, and where a link from a message lands. */
export default [
  { path: '/', redirect: '/sign-in' },
  { path: '/sign-in', component: () => import('../../pages/auth/SignInPage.vue'), meta: { public: true } },
  { path: '/sign-up', component: () => import('../../pages/auth/SignUpPage.vue'), meta: { public: true } },
  {
    path: '/reset-password',
    component: () => import('../../pages/auth/ResetPasswordPage.vue'),
    meta: { public: true },
  },
  { path: '/not-yet', component: () => import('../../pages/auth/NotYetPage.vue'), meta: { public: true } },
  // A link from a message (/jobs/123) opens the job in the veteran's pages.
  { path: '/jobs/:jobId', redirect: (to) => `/veteran/jobs/${String(to.params['jobId'])}` },
  { path: '/:rest(.*)*', redirect: '/' },
] satisfies RouteRecordRaw[];
