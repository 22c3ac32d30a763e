import type { RouteRecordRaw } from 'vue-router';

/** A veteran's account: the e-mail address and mobile number they sign in with, and proving them theirs. */
export default [
  {
    path: '/veteran/account',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [{ path: '', component: () => import('../../pages/veteran/account/AccountPage.vue') }],
  },
] satisfies RouteRecordRaw[];
