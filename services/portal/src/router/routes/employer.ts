import type { RouteRecordRaw } from 'vue-router';

export default [
  {
    path: '/employer',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'employer' },
    children: [
      { path: '', redirect: '/employer/jobs' },
      { path: 'jobs', component: () => import('../../pages/employer/JobsPage.vue') },
      { path: 'jobs/new', component: () => import('../../pages/employer/PostJobPage.vue') },
      {
        path: 'jobs/:jobId/applicants',
        component: () => import('../../pages/employer/ApplicantsPage.vue'),
        props: true,
      },
    ],
  },
] satisfies RouteRecordRaw[];
