import type { RouteRecordRaw } from 'vue-router';

/**
 * Startup loans: veterans compare products, preview a schedule with the subsidy, apply and follow their
 * loans (phone pages under /veteran/loans); the partner banks' staff review, pay out and record
 * repayments (desk pages under /bank-staff).
 */
export default [
  {
    path: '/veteran/loans',
    component: () => import('../../layouts/VeteranLayout.vue'),
    meta: { role: 'veteran' },
    children: [
      { path: '', component: () => import('../../pages/veteran/loans/LoanProductsPage.vue') },
      { path: 'mine', component: () => import('../../pages/veteran/loans/MyLoansPage.vue') },
      {
        path: 'products/:productId',
        component: () => import('../../pages/veteran/loans/LoanProductPage.vue'),
        props: true,
      },
      {
        path: ':loanId',
        component: () => import('../../pages/veteran/loans/MyLoanPage.vue'),
        props: true,
      },
    ],
  },
  {
    path: '/bank-staff',
    component: () => import('../../layouts/DeskLayout.vue'),
    meta: { role: 'bank-staff' },
    children: [
      { path: '', redirect: '/bank-staff/loans' },
      { path: 'loans', component: () => import('../../pages/bank-staff/LoansQueuePage.vue') },
      {
        path: 'loans/:loanId',
        component: () => import('../../pages/bank-staff/BankLoanPage.vue'),
        props: true,
      },
      { path: 'products', component: () => import('../../pages/bank-staff/BankProductsPage.vue') },
    ],
  },
] satisfies RouteRecordRaw[];
