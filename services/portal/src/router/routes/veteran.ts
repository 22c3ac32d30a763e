import type { RouteRecordRaw } from 'vue-router';

export default [
  {
    path: '/veteran',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', redirect: '/veteran/recommended' },
      { path: 'recommended', component: () => import('../../pages/veteran/RecommendedPage.vue') },
      { path: 'search', component: () => import('../../pages/veteran/SearchPage.vue') },
      { path: 'jobs/:jobId', component: () => import('../../pages/veteran/JobPage.vue'), props: true },
      { path: 'applications', component: () => import('../../pages/veteran/ApplicationsPage.vue') },
      { path: 'inbox', component: () => import('../../pages/veteran/InboxPage.vue') },
      { path: 'profile', component: () => import('../../pages/veteran/ProfilePage.vue') },
      { path: 'preferences', component: () => import('../../pages/veteran/PreferencesPage.vue') },
    ],
  },
] satisfies RouteRecordRaw[];
