import type { RouteRecordRaw } from 'vue-router';

export default [
  {
    path: '/officer',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'officer' },
    children: [
      { path: '', redirect: '/officer/employers' },
      { path: 'employers', component: () => import('../../pages/officer/EmployersPage.vue') },
      { path: 'mentors', component: () => import('../../pages/officer/MentorsPage.vue') },
      { path: 'digest-runs', component: () => import('../../pages/officer/DigestRunsPage.vue') },
    ],
  },
] satisfies RouteRecordRaw[];
