import { defineMessages } from '../define-messages';

/** A veteran's account: the addresses they sign in with, verified by a code. */
export default defineMessages(
  {
    account: {
      link: '账号与安全',
      title: '账号与安全',
      lead: '验证码、找回密码和重要通知会发到这里的手机号和邮箱。验证一下，确认它们是你本人的。',
      kind: { email: '电子邮箱', mobile: '手机号' },
      verified: '已验证',
      verifiedAt: '已于 {at}（北京时间）验证',
      unverified: '尚未验证',
      sendCode: '发送验证码',
      sendAgain: '重新发送',
      sent: {
        email: '验证码已发到这个邮箱，15 分钟内有效。',
        mobile: '验证码已通过短信发到这个手机号，15 分钟内有效。',
      },
      code: '六位验证码',
      confirm: '验证',
      codeShape: '请输入收到的六位数字',
      codeRefused: '验证码不对或已失效：请核对，或重新发送',
      tooMany: '请求太频繁了，请稍后再试。',
    },
  },
  {
    account: {
      link: 'Account and security',
      title: 'Account and security',
      lead: 'Codes, password resets and important notices go to the mobile number and e-mail address here. Verify them to confirm they are yours.',
      kind: { email: 'E-mail address', mobile: 'Mobile number' },
      verified: 'Verified',
      verifiedAt: 'Verified on {at} (Beijing time)',
      unverified: 'Not verified yet',
      sendCode: 'Send a code',
      sendAgain: 'Send again',
      sent: {
        email: 'A code was sent to this address; it works for 15 minutes.',
        mobile: 'A code was sent to this number by SMS; it works for 15 minutes.',
      },
      code: 'Six-digit code',
      confirm: 'Verify',
      codeShape: 'Type the six digits you received',
      codeRefused: 'The code is wrong or no longer valid: check it, or send again',
      tooMany: 'Too many requests; try again a little later.',
    },
  },
);
