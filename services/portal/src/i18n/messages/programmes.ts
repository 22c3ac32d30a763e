import { defineMessages } from '../define-messages';

/** The veteran's hub of programmes beyond jobs, and its tab in the bottom bar. */
export default defineMessages(
  {
    programmes: {
      nav: '服务',
      title: '就业创业服务',
      lead: '退役军人事务局和合作机构为你提供的帮扶：',
      mentors: { name: '导师', what: '预约一对一辅导：求职、创业、转业适应。' },
      courses: { name: '培训课程', what: '看哪些课程能让你胜任更多岗位，报名并跟进开班。' },
      incubation: { name: '创业孵化', what: '申请孵化基地的入驻项目，跟进评审结果。' },
      loans: { name: '创业贷款', what: '比较合作银行的贴息贷款，预览还款计划并申请。' },
    },
  },
  {
    programmes: {
      nav: 'Services',
      title: 'Employment and startup services',
      lead: 'Support from the Veterans Affairs Bureau and its partners:',
      mentors: { name: 'Mentors', what: 'Book one-to-one sessions: job seeking, startups, civilian life.' },
      courses: {
        name: 'Courses',
        what: 'See which courses would open more jobs to you, enrol and follow the run.',
      },
      incubation: {
        name: 'Startup incubation',
        what: 'Apply to an incubation base programme and follow its review.',
      },
      loans: {
        name: 'Startup loans',
        what: "Compare partner banks' subsidised loans, preview repayments and apply.",
      },
    },
  },
);
