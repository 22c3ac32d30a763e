import type { DeskMenu } from './desk-menu';

export default {
  role: 'mentor',
  items: [
    { to: '/mentor/sessions', label: 'mentoring.mentor.nav.sessions' },
    { to: '/mentor/availability', label: 'mentoring.mentor.nav.availability' },
    { to: '/mentor/profile', label: 'mentoring.mentor.nav.profile' },
  ],
} satisfies DeskMenu;
