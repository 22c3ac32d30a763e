import type { DeskMenu } from './desk-menu';

export default {
  role: 'training-provider',
  items: [{ to: '/training-provider/runs', label: 'courses.provider.nav.runs' }],
} satisfies DeskMenu;
