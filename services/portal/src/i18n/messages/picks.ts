import { defineMessages } from '../define-messages';

/**
 * This week's picks (the page the weekly digest message opens), the unsubscribe pages that links in
 * messages open without signing in, and the dialog that signs a person in again over the page.
 */
export default defineMessages(
  {
    picks: {
      title: '本周精选岗位',
      pastTitle: '往期精选岗位',
      week: '{monday} 至 {sunday}',
      intro: '根据您的档案，为您挑选的本周新岗位及推荐理由。',
      score: '匹配度 {score}',
      reasons: '推荐理由',
      openJob: '查看职位：{title}',
      earlier: '上一周',
      later: '下一周',
      thisWeek: '回到本周',
      weeks: '切换周',
      none: '这一周没有为您精选的岗位。精选每周一早上发送，可查看更早的周。',
      count: '共 {count} 个岗位',
    },
    unsubscribe: {
      title: '退订通知',
      confirmQuestion: '确定不再接收“{category}”吗？',
      whatStops:
        '退订后，我们将不再通过邮件、短信、微信或站内消息向您发送此类通知。预约变更、贷款审批结果等重要通知仍会发送。',
      confirm: '确认退订',
      working: '正在退订……',
      done: '已退订“{category}”。',
      doneHint: '如需重新接收，可登录后在“我的”中的通知设置里重新开启。',
      invalid: '此退订链接无效或已过期，请使用最新消息中的链接，或登录后在通知设置中修改。',
      failed: '退订未成功：{message}',
      toSignIn: '登录 vetlink',
      category: {
        'job-push': '岗位推荐',
        'weekly-digest': '每周精选岗位',
        mentoring: '导师指导',
        incubation: '创业孵化',
        loans: '创业贷款',
        training: '技能培训',
      },
    },
    reauth: {
      title: '登录已过期，请重新登录',
      explain: '为保护您的信息，请再次输入密码。您在本页填写的内容会保留，登录后将继续刚才的操作。',
      signIn: '登录并继续',
      signOut: '退出登录',
      otherPerson: '已切换为另一个账号，刚才页面上的操作未提交。',
    },
  },
  {
    picks: {
      title: "This week's picks",
      pastTitle: 'Earlier picks',
      week: '{monday} to {sunday}',
      intro: 'New jobs picked for you this week from your profile, with why each fits.',
      score: 'Match {score}',
      reasons: 'Why this job',
      openJob: 'Open the job: {title}',
      earlier: 'Previous week',
      later: 'Next week',
      thisWeek: 'Back to this week',
      weeks: 'Change week',
      none: 'No jobs were picked for you that week. Picks go out on Monday mornings; earlier weeks are still here.',
      count: '{count} jobs',
    },
    unsubscribe: {
      title: 'Unsubscribe',
      confirmQuestion: 'Stop receiving {category}?',
      whatStops:
        'You will no longer get these messages by e-mail, SMS, WeChat or in your vetlink inbox. Important notices such as booking changes and loan decisions still reach you.',
      confirm: 'Unsubscribe',
      working: 'Unsubscribing…',
      done: 'You are unsubscribed from {category}.',
      doneHint:
        'To receive them again, sign in and turn them back on in the notification settings under "Me".',
      invalid:
        'This unsubscribe link is not valid or has expired. Use the link in a recent message, or sign in and change your notification settings.',
      failed: 'Could not unsubscribe: {message}',
      toSignIn: 'Sign in to vetlink',
      category: {
        'job-push': 'job recommendations',
        'weekly-digest': 'the weekly featured jobs',
        mentoring: 'mentoring',
        incubation: 'incubation',
        loans: 'startup loans',
        training: 'skills training',
      },
    },
    reauth: {
      title: 'Your session has expired: please sign in again',
      explain:
        'To protect your information, enter your password again. What you typed on this page stays, and what you were doing goes on once you are signed in.',
      signIn: 'Sign in and continue',
      signOut: 'Sign out',
      otherPerson: 'Another account is now signed in; what was on the page was not sent.',
    },
  },
);
