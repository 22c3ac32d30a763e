import type { RouteRecordRaw } from 'vue-router';

// The bureau's figures: a record of its own beside the officer's other pages (vue-router ranks
// `/officer/dashboard` above `/officer`), its page and ECharts in their own lazily loaded chunk.
export default [
  {
    path: '/officer/dashboard',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'officer' },
    children: [{ path: '', component: () => import('../../pages/officer/dashboard/DashboardPage.vue') }],
  },
] satisfies RouteRecordRaw[];
