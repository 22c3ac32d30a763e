import type { DeskMenu } from './desk-menu';

export default {
  role: 'employer',
  items: [
    { to: '/employer/jobs', label: 'nav.jobs' },
    { to: '/employer/jobs/new', label: 'nav.postJob' },
    { to: '/employer/organisation', label: 'employer.nav.organisation' },
    { to: '/employer/invitations', label: 'employer.nav.invitations' },
  ],
} satisfies DeskMenu;
