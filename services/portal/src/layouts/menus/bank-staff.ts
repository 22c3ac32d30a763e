import type { DeskMenu } from './desk-menu';

export default {
  role: 'bank-staff',
  items: [
    { to: '/bank-staff/loans', label: 'loans.desk.nav.queue' },
    { to: '/bank-staff/products', label: 'loans.desk.nav.products' },
  ],
} satisfies DeskMenu;
