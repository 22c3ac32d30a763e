import { defineMessages } from '../define-messages';

/** Resetting a forgotten password with a six-digit code sent to the phone or e-mail the account signs in with. */
export default defineMessages(
  {
    reset: {
      intro: '输入注册时使用的手机号或电子邮箱，我们会把 6 位验证码发到那里。',
      login: '手机号或电子邮箱',
      send: '发送验证码',
      sent: '如果 {login} 已注册，验证码已经发出，15 分钟内有效。没收到？请稍等片刻，或重新发送。',
      resend: '重新发送验证码',
      resent: '已重新发送。请使用最新收到的验证码。',
      otherLogin: '换一个手机号或邮箱',
      code: '验证码',
      codeHint: '收到的 6 位数字',
      codeShape: '请输入收到的 6 位数字',
      codeRefused: '验证码不正确或已失效。请核对，或重新发送验证码。',
      newPassword: '新密码',
      again: '再次输入新密码',
      submit: '设置新密码',
      done: '密码已重置，所有设备都已退出登录。请用新密码登录。',
      signIn: '去登录',
      tooMany: '尝试次数过多，请稍后再试。',
      remembered: '想起密码了？去登录',
    },
  },
  {
    reset: {
      intro:
        'Enter the mobile number or e-mail address you signed up with; we will send a six-digit code there.',
      login: 'Mobile number or e-mail address',
      send: 'Send the code',
      sent: 'If {login} has an account, a code is on its way; it works for 15 minutes. Nothing yet? Wait a moment, or send it again.',
      resend: 'Send the code again',
      resent: 'Sent again. Use the code you received last.',
      otherLogin: 'Use another mobile number or e-mail address',
      code: 'Code',
      codeHint: 'The six digits you received',
      codeShape: 'Enter the six digits you received',
      codeRefused: 'The code is wrong or no longer valid. Check it, or send a new code.',
      newPassword: 'New password',
      again: 'New password again',
      submit: 'Set the new password',
      done: 'Your password is reset and every device is signed out. Sign in with the new password.',
      signIn: 'Sign in',
      tooMany: 'Too many attempts; please try again later.',
      remembered: 'Remembered it? Sign in',
    },
  },
);
