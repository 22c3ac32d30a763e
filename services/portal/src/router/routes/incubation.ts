import type { RouteRecordRaw } from 'vue-router';

/**
 * Startup incubation: veterans find a base's programme, apply and follow their application on the phone
 * (/veteran/incubation); base staff, who are also the reviewers the portal serves, review, decide and
 * follow startups at a desk (/base-staff).
 */
export default [
  {
    path: '/veteran/incubation',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', component: () => import('../../pages/veteran/incubation/IncubationPage.vue') },
      {
        path: 'programmes/:programmeId/apply',
        component: () => import('../../pages/veteran/incubation/ApplyPage.vue'),
        props: true,
      },
      {
        path: 'applications/:applicationId',
        component: () => import('../../pages/veteran/incubation/MyApplicationPage.vue'),
        props: true,
      },
    ],
  },
  {
    path: '/base-staff',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'base-staff' },
    children: [
      { path: '', redirect: '/base-staff/applications' },
      { path: 'applications', component: () => import('../../pages/base-staff/QueuePage.vue') },
      {
        path: 'applications/:applicationId',
        component: () => import('../../pages/base-staff/ApplicationPage.vue'),
        props: true,
      },
      { path: 'programmes', component: () => import('../../pages/base-staff/ProgrammesPage.vue') },
      { path: 'space', component: () => import('../../pages/base-staff/SpacePage.vue') },
    ],
  },
] satisfies RouteRecordRaw[];
