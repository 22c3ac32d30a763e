import type { RouteRecordRaw } from 'vue-router';

/**
 * Mentoring: veterans find a mentor, book a free time and follow their sessions (phone pages under
 * /veteran/mentors); mentors apply, set their weekly hours and run their sessions (desk pages under /mentor).
 */
export default [
  {
    path: '/veteran/mentors',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', component: () => import('../../pages/veteran/mentors/FindMentorsPage.vue') },
      { path: 'sessions', component: () => import('../../pages/veteran/mentors/MySessionsPage.vue') },
      {
        path: ':mentorId',
        component: () => import('../../pages/veteran/mentors/MentorPage.vue'),
        props: true,
      },
    ],
  },
  {
    path: '/mentor',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'mentor' },
    children: [
      { path: '', redirect: '/mentor/sessions' },
      { path: 'sessions', component: () => import('../../pages/mentor/SessionsPage.vue') },
      { path: 'availability', component: () => import('../../pages/mentor/AvailabilityPage.vue') },
      { path: 'profile', component: () => import('../../pages/mentor/ProfilePage.vue') },
    ],
  },
] satisfies RouteRecordRaw[];
