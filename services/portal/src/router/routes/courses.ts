import type { RouteRecordRaw } from 'vue-router';

/**
 * Courses: veterans see which courses would open more jobs, browse the catalogue, enrol and follow their
 * enrolments (phone pages under /veteran/courses); training providers' staff publish runs of their
 * courses and keep each run's trainees, waiting list and completions (desk pages under /training-provider).
 */
export default [
  {
    path: '/veteran/courses',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', component: () => import('../../pages/veteran/courses/CoursesPage.vue') },
      { path: 'catalogue', component: () => import('../../pages/veteran/courses/CataloguePage.vue') },
      { path: 'enrolments', component: () => import('../../pages/veteran/courses/MyEnrolmentsPage.vue') },
      {
        path: ':courseId',
        component: () => import('../../pages/veteran/courses/CoursePage.vue'),
        props: true,
      },
    ],
  },
  {
    path: '/training-provider',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'training-provider' },
    children: [
      { path: '', redirect: '/training-provider/runs' },
      { path: 'runs', component: () => import('../../pages/training-provider/RunsPage.vue') },
      {
        path: 'runs/:runId',
        component: () => import('../../pages/training-provider/RunPage.vue'),
        props: true,
      },
    ],
  },
] satisfies RouteRecordRaw[];
