import type { RouteRecordRaw } from 'vue-router';
import { currentIsoWeek, isIsoWeek, weekNamed } from '../../domain/weeks';

/**
 * This week's picks: the page the weekly digest message links to. Notifications writes
 * `<PORTAL_BASE_URL>/jobs/featured?week=<the week's Monday>`; that address stays (messages already sent
 * carry it) and leads to the veteran's page of that ISO week, through sign-in when needed.
 */
export default [
  {
    path: '/jobs/featured',
    // the week moves into the path; the query would otherwise follow the redirect
    redirect: (to) => ({ path: `/veteran/picks/${weekNamed(to.query['week'], new Date())}`, query: {} }),
  },
  {
    path: '/veteran/picks',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', redirect: () => `/veteran/picks/${currentIsoWeek(new Date())}` },
      {
        path: ':week',
        component: () => import('../../pages/veteran/picks/PicksPage.vue'),
        props: true,
        // a mistyped week in the address opens this week rather than an error
        beforeEnter: (to) =>
          isIsoWeek(String(to.params['week'])) ? true : `/veteran/picks/${currentIsoWeek(new Date())}`,
      },
    ],
  },
] satisfies RouteRecordRaw[];
