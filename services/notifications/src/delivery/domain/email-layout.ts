import { escapeHtml } from '../../shared/html';
import type { Language, MessageAttachment, RenderedMessage } from '../../templates/domain/template';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
  /** The message's files (a booking's calendar invite), each with its full MIME type. */
  attachments: MessageAttachment[];
}

const FOOTER = {
  zh: {
    open: '查看详情',
    unsubscribe: '不想再收到此类邮件？退订',
    critical: '这是关于您账户、预约或申请的重要通知，无法退订。',
    sender: 'vetlink 退役军人就业创业服务平台',
  },
  en: {
    open: 'Open in vetlink',
    unsubscribe: 'Do not want these e-mails? Unsubscribe',
    critical:
      'This is an important notice about your account, booking or application and cannot be turned off.',
    sender: "vetlink, the veterans' employment and entrepreneurship platform",
  },
} as const;

/**
 * One layout for every template: the title, the body with its list, a button to the portal and a footer
 * with the unsubscribe link (or, for critical messages, why there is none).
 */
export function layoutEmail(
  message: RenderedMessage,
  language: Language,
  unsubscribeUrl: string | null,
): EmailContent {
  const words = FOOTER[language];
  const footer = unsubscribeUrl ? `${words.unsubscribe}: ${unsubscribeUrl}` : words.critical;
  const text = [
    message.title,
    '',
    message.body,
    ...(message.link ? ['', `${words.open}: ${message.link}`] : []),
    '',
    '--',
    words.sender,
    footer,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><body style="font-family:sans-serif">`,
    `<h2>${escapeHtml(message.title)}</h2>`,
    bodyHtml(message.body),
    message.link ? `<p><a href="${escapeHtml(message.link)}">${escapeHtml(words.open)}</a></p>` : '',
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(words.sender)}<br>`,
    unsubscribeUrl
      ? `<a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(words.unsubscribe)}</a>`
      : escapeHtml(words.critical),
    '</p></body></html>',
  ].join('');
  return { subject: message.title, text, html, attachments: message.attachments ?? [] };
}

function bodyHtml(body: string): string {
  const parts: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) parts.push(`<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of body.split('\n')) {
    if (line.startsWith('· ')) list.push(line.slice(2));
    else {
      flush();
      parts.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  flush();
  return parts.join('');
}
