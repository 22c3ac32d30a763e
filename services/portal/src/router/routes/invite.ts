import type { RouteRecordRaw } from 'vue-router';

/** Where an invited colleague lands from the link an employer passed on (the code in the fragment). */
export default [
  {
    path: '/invite',
    component: () => import('../../pages/invite/AcceptInvitationPage.vue'),
    meta: { public: true },
  },
] satisfies RouteRecordRaw[];
