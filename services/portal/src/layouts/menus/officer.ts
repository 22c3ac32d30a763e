import type { DeskMenu } from './desk-menu';

export default {
  role: 'officer',
  items: [
    { to: '/officer/employers', label: 'nav.employers' },
    { to: '/officer/mentors', label: 'officerMentors.nav' },
    { to: '/officer/digest-runs', label: 'nav.digestRuns' },
    { to: '/officer/dashboard', label: 'dashboard.nav' },
  ],
} satisfies DeskMenu;
