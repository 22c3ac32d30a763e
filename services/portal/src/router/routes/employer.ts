import type { RouteRecordRaw } from 'vue-router';

export default [
  {
    path: '/employer',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'employer' },
    children: [
      { path: '', redirect: '/employer/jobs' },
      { path: 'organisation', component: () => import('../../pages/employer/OrganisationPage.vue') },
      { path: 'invitations', component: () => import('../../pages/employer/InvitationsPage.vue') },
      { path: 'jobs', component: () => import('../../pages/employer/JobsPage.vue') },
      { path: 'jobs/new', component: () => import('../../pages/employer/PostJobPage.vue') },
      {
        path: 'jobs/:jobId/edit',
        component: () => import('../../pages/employer/EditJobPage.vue'),
        props: true,
      },
      {
        path: 'jobs/:jobId/candidates',
        component: () => import('../../pages/employer/CandidatesPage.vue'),
        props: true,
      },
      {
        path: 'jobs/:jobId/applicants',
        component: () => import('../../pages/employer/ApplicantsPage.vue'),
        props: true,
      },
    ],
  },
  // An employer signs the organisation up before having an account: a public page of its own.
  {
    path: '/employer-sign-up',
    component: () => import('../../pages/employer/OrganisationSignUpPage.vue'),
    meta: { public: true },
  },
] satisfies RouteRecordRaw[];
