import { defineMessages } from '../define-messages';

/** An officer's page of mentors: applicants to verify or reject, the verified, the suspended. */
export default defineMessages(
  {
    officerMentors: {
      title: '导师审核',
      nav: '导师审核',
      status: { applied: '待审核', verified: '已审核', suspended: '已暂停', rejected: '未通过' },
      name: '姓名',
      expertise: '擅长领域',
      city: '城市',
      modes: '辅导方式',
      bio: '简介',
      capacity: '每周可约',
      capacityValue: '{count} 次',
      verify: '审核通过',
      reject: '不予通过',
      reason: '不予通过的原因（导师本人可见）',
      reasonRequired: '请填写原因',
      confirmReject: '确认不予通过',
      verifiedDone: '已审核通过：{name}',
      rejectedDone: '已不予通过：{name}',
      none: '没有这一状态的导师。',
    },
  },
  {
    officerMentors: {
      title: 'Verify mentors',
      nav: 'Verify mentors',
      status: { applied: 'To verify', verified: 'Verified', suspended: 'Suspended', rejected: 'Rejected' },
      name: 'Name',
      expertise: 'Expertise',
      city: 'City',
      modes: 'Modes',
      bio: 'About',
      capacity: 'Per week',
      capacityValue: '{count} sessions',
      verify: 'Verify',
      reject: 'Reject',
      reason: 'Why not (the mentor sees it)',
      reasonRequired: 'Give a reason',
      confirmReject: 'Reject the application',
      verifiedDone: 'Verified: {name}',
      rejectedDone: 'Rejected: {name}',
      none: 'No mentor with this status.',
    },
  },
);
