import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import type { Session } from '../session/session';
import { homeOf } from '../domain/roles';

// Each role's pages are their own chunks (vite.config.ts groups them by folder): a veteran on a phone
// downloads none of the employers' or officers' code.
const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/sign-in' },
  { path: '/sign-in', component: () => import('../pages/auth/SignInPage.vue'), meta: { public: true } },
  { path: '/sign-up', component: () => import('../pages/auth/SignUpPage.vue'), meta: { public: true } },
  {
    path: '/reset-password',
    component: () => import('../pages/auth/ResetPasswordPage.vue'),
    meta: { public: true },
  },
  { path: '/not-yet', component: () => import('../pages/auth/NotYetPage.vue'), meta: { public: true } },
  {
    path: '/veteran',
    component: () => import('../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', redirect: '/veteran/recommended' },
      { path: 'recommended', component: () => import('../pages/veteran/RecommendedPage.vue') },
      { path: 'search', component: () => import('../pages/veteran/SearchPage.vue') },
      { path: 'jobs/:jobId', component: () => import('../pages/veteran/JobPage.vue'), props: true },
      { path: 'applications', component: () => import('../pages/veteran/ApplicationsPage.vue') },
      { path: 'inbox', component: () => import('../pages/veteran/InboxPage.vue') },
      { path: 'profile', component: () => import('../pages/veteran/ProfilePage.vue') },
    ],
  },
  {
    path: '/employer',
    component: () => import('../layouts/DeskLayout.vue'),
    meta: { role: 'employer' },
    children: [
      { path: '', redirect: '/employer/jobs' },
      { path: 'jobs', component: () => import('../pages/employer/JobsPage.vue') },
      { path: 'jobs/new', component: () => import('../pages/employer/PostJobPage.vue') },
      {
        path: 'jobs/:jobId/applicants',
        component: () => import('../pages/employer/ApplicantsPage.vue'),
        props: true,
      },
    ],
  },
  {
    path: '/officer',
    component: () => import('../layouts/DeskLayout.vue'),
    meta: { role: 'officer' },
    children: [
      { path: '', redirect: '/officer/employers' },
      { path: 'employers', component: () => import('../pages/officer/EmployersPage.vue') },
      { path: 'digest-runs', component: () => import('../pages/officer/DigestRunsPage.vue') },
    ],
  },
  // A link from a message (/jobs/123) opens the job in the veteran's pages.
  { path: '/jobs/:jobId', redirect: (to) => `/veteran/jobs/${String(to.params['jobId'])}` },
  { path: '/:rest(.*)*', redirect: '/' },
];

/**
 * The pages of a role need that role's session: without one, sign-in (and back here after);
 * with another role's, that role's home.
 */
export function createPortalRouter(session: Session, history = createWebHistory()): Router {
  const router = createRouter({ history, routes });
  router.beforeEach(async (to) => {
    const identity = await session.restore().catch(() => undefined);
    if (to.path === '/' || to.path === '/sign-in') return identity ? homeOf(identity.role) : true;
    const role = to.matched.find((record) => record.meta['role'])?.meta['role'];
    if (!role) return true;
    if (!identity) return { path: '/sign-in', query: { next: to.fullPath } };
    return identity.role === role ? true : homeOf(identity.role);
  });
  return router;
}
