import type { RouteRecordRaw } from 'vue-router';

/**
 * The bureau's programmes beyond jobs, in one place on a veteran's phone: mentors, courses, incubation
 * and startup loans. Each programme's own pages bring their own routes file.
 */
export default [
  {
    path: '/veteran/programmes',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [{ path: '', component: () => import('../../pages/veteran/programmes/ProgrammesPage.vue') }],
  },
] satisfies RouteRecordRaw[];
