import { defineMessages } from '../define-messages';

/** Where notifications reaches a veteran outside the app (contact points on the push settings page). */
export default defineMessages(
  {
    contactPoints: {
      title: '联系方式',
      intro: '短信、微信和电子邮件渠道要先有联系方式才能送达。',
      email: '电子邮箱',
      emailNone: '尚未填写电子邮箱',
      emailRegistered: '已登记：{masked}',
      emailMaskedNote: '为保护隐私，已登记的地址只显示部分字符。',
      newEmail: '新的电子邮箱',
      add: '添加邮箱',
      change: '更换邮箱',
      remove: '删除邮箱',
      cancel: '取消',
      saveEmail: '保存邮箱',
      emailSaved: '电子邮箱已保存',
      emailRemoved: '电子邮箱已删除',
      notSaved: '联系方式保存失败：{message}',
      sms: '短信',
      wechat: '微信',
      linked: '已关联：{masked}',
      notLinked: '尚未关联',
      gatewayNote: '短信和微信由退役军人事务局的消息平台关联，关联后会显示在这里。',
      missing: {
        email: '尚未填写电子邮箱，邮件无法送达：请在下方“联系方式”中添加邮箱。',
        sms: '短信尚未关联，暂时无法送达。',
        wechat: '微信尚未关联，暂时无法送达。',
      },
      check: { email: "请填写有效的电子邮箱，如 name{'@'}example.com" },
    },
  },
  {
    contactPoints: {
      title: 'Contact details',
      intro: 'SMS, WeChat and e-mail reach you only once there is a contact for them.',
      email: 'E-mail address',
      emailNone: 'No e-mail address yet',
      emailRegistered: 'Registered: {masked}',
      emailMaskedNote: 'To protect your privacy, a registered address is shown only in part.',
      newEmail: 'New e-mail address',
      add: 'Add an address',
      change: 'Change address',
      remove: 'Remove address',
      cancel: 'Cancel',
      saveEmail: 'Save address',
      emailSaved: 'E-mail address saved',
      emailRemoved: 'E-mail address removed',
      notSaved: 'Could not save the contact details: {message}',
      sms: 'SMS',
      wechat: 'WeChat',
      linked: 'Linked: {masked}',
      notLinked: 'Not linked yet',
      gatewayNote:
        "SMS and WeChat are linked by the veterans' bureau's messaging gateway; once linked they show here.",
      missing: {
        email:
          'No e-mail address yet, so e-mails cannot reach you: add an address under "Contact details" below.',
        sms: 'SMS is not linked yet, so texts cannot reach you for now.',
        wechat: 'WeChat is not linked yet, so WeChat messages cannot reach you for now.',
      },
      check: { email: "Enter a valid e-mail address, e.g. name{'@'}example.com" },
    },
  },
);
