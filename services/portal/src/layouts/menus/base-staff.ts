import type { DeskMenu } from './desk-menu';

export default {
  role: 'base-staff',
  items: [
    { to: '/base-staff/applications', label: 'incubation.staff.nav.applications' },
    { to: '/base-staff/programmes', label: 'incubation.staff.nav.programmes' },
    { to: '/base-staff/space', label: 'incubation.staff.nav.space' },
  ],
} satisfies DeskMenu;
