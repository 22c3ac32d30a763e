import { defineMessages } from '../define-messages';

/** A veteran's push preferences (notifications). */
export default defineMessages(
  {
    preferences: {
      title: '推送设置',
      intro: '选择我们通过哪些渠道、在什么时间给您推送职位。',
      back: '返回我的档案',
      channels: '接收渠道',
      inApp: '站内消息（始终开启）',
      channel: { sms: '短信', wechat: '微信', email: '电子邮件' },
      quietHours: '免打扰时段（北京时间）',
      quietHoursOn: '开启免打扰',
      quietStart: '开始时间',
      quietEnd: '结束时间',
      quietNote: '免打扰时段内的普通消息会在时段结束后送达。',
      dailyCap: '每天最多推送职位数',
      weeklyDigest: '每周精选职位汇总',
      critical: '预约变更、贷款审批结果等重要通知不受以上设置影响。',
      saved: '推送设置已保存',
      notSaved: '保存失败：{message}',
      check: {
        clock: '请按 24 小时制 HH:mm 填写，如 22:00',
        sameTime: '结束时间不能与开始时间相同',
        dailyCap: '请输入 1 到 50 之间的整数',
      },
    },
  },
  {
    preferences: {
      title: 'Push settings',
      intro: 'Choose how and when we send you jobs.',
      back: 'Back to my profile',
      channels: 'Channels',
      inApp: 'In-app messages (always on)',
      channel: { sms: 'SMS', wechat: 'WeChat', email: 'E-mail' },
      quietHours: 'Quiet hours (Beijing time)',
      quietHoursOn: 'Quiet hours on',
      quietStart: 'From',
      quietEnd: 'Until',
      quietNote: 'Ordinary messages that fall in quiet hours arrive when they end.',
      dailyCap: 'Most job pushes a day',
      weeklyDigest: "This week's featured jobs, once a week",
      critical: 'Important notices such as booking changes and loan decisions are sent whatever is set here.',
      saved: 'Push settings saved',
      notSaved: 'Could not save: {message}',
      check: {
        clock: 'Use the 24-hour HH:mm form, e.g. 22:00',
        sameTime: 'The end must differ from the start',
        dailyCap: 'A whole number from 1 to 50',
      },
    },
  },
);
