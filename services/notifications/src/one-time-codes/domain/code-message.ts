import { dateTime } from '../../templates/domain/format';
import type { LocalisedMessage, RenderedMessage } from '../../templates/domain/template';

/** What a one-time code is for: each purpose has its own message. */
export type CodePurpose = 'password-reset' | 'login-verification';

export interface CodeFacts {
  code: string;
  expiresAt: string;
  /** Where it goes: a verification message names the address it verifies (an e-mail, a mobile number). */
  channel: 'email' | 'sms';
  portalBaseUrl: string;
}

/** Where a reset code is typed in: the portal's reset page. */
export function resetPageLink(portalBaseUrl: string): string {
  return `${portalBaseUrl}/reset-password`;
}

/**
 * The message that carries a one-time code, in both languages: the code, what it is for, until when it
 * works (Beijing time), and what to do if the person did not ask for it. Written here, not through the
 * template registry: it is never stored (no notification, no inbox item), so the code is in no database.
 */
export function codeMessages(purpose: CodePurpose, facts: CodeFacts): LocalisedMessage {
  return purpose === 'password-reset'
    ? { zh: resetChinese(facts), en: resetEnglish(facts) }
    : { zh: verificationChinese(facts), en: verificationEnglish(facts) };
}

function resetChinese({ code, expiresAt, portalBaseUrl }: CodeFacts): RenderedMessage {
  return {
    title: 'vetlink 密码重置验证码',
    body: [
      `您的验证码是 ${code}，${dateTime(expiresAt)}（北京时间）前有效，共 15 分钟。`,
      '请在找回密码页面输入验证码并设置新密码。',
      '如果不是您本人操作，请忽略本消息，您的密码不会改变。任何人向您索要验证码，都不要告诉对方。',
    ].join('\n'),
    short: `【vetlink】您的密码重置验证码 ${code}，15 分钟内有效。如非本人操作请忽略，切勿告诉他人。`,
    link: resetPageLink(portalBaseUrl),
  };
}

function resetEnglish({ code, expiresAt, portalBaseUrl }: CodeFacts): RenderedMessage {
  return {
    title: 'Your vetlink password-reset code',
    body: [
      `Your code is ${code}. It works until ${dateTime(expiresAt)} Beijing time (15 minutes).`,
      'Enter it on the password-reset page and choose a new password.',
      'If you did not ask for it, ignore this message: your password stays as it is. Never tell this code to anyone.',
    ].join('\n'),
    short: `vetlink password-reset code ${code}, valid 15 minutes. Did not ask? Ignore it, never share it.`,
    link: resetPageLink(portalBaseUrl),
  };
}

/** No link: the code is typed where it was asked for, in the signed-in person's own vetlink. */
function verificationChinese({ code, expiresAt, channel }: CodeFacts): RenderedMessage {
  const address = channel === 'email' ? '邮箱地址' : '手机号码';
  return {
    title: `vetlink ${address}验证码`,
    body: [
      `您的验证码是 ${code}，${dateTime(expiresAt)}（北京时间）前有效，共 15 分钟。`,
      `请在 vetlink 中获取验证码的页面输入它，以确认这个${address}是您本人的。`,
      '如果不是您本人操作，请忽略本消息。任何人向您索要验证码，都不要告诉对方。',
    ].join('\n'),
    short: `【vetlink】您的${address}验证码 ${code}，15 分钟内有效。如非本人操作请忽略，切勿告诉他人。`,
    link: null,
  };
}

function verificationEnglish({ code, expiresAt, channel }: CodeFacts): RenderedMessage {
  const address = channel === 'email' ? 'e-mail address' : 'mobile number';
  return {
    title: `Your vetlink code to verify your ${address}`,
    body: [
      `Your code is ${code}. It works until ${dateTime(expiresAt)} Beijing time (15 minutes).`,
      `Enter it in vetlink, where you asked for it, to confirm that this ${address} is yours.`,
      'If you did not ask for it, ignore this message. Never tell this code to anyone.',
    ].join('\n'),
    short: `vetlink code ${code} to verify your ${address}, valid 15 minutes. Did not ask? Ignore it, never share it.`,
    link: null,
  };
}

/** A code read after its expiry is not sent: a consumer catching up must not send codes that no longer work. */
export function stillValid(expiresAt: string, now: Date): boolean {
  return Date.parse(expiresAt) > now.getTime();
}
