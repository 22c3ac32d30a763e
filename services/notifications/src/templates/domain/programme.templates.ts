import { z } from 'zod';
import { defineTemplate, truncate } from './template';
import { dateTime, yuan } from './format';

/*
 * The mentors, incubators and loans services do not exist yet: these templates fix the shape of what
 * their consumers will hand over (provisional until their events are in libs/contracts) and prove that
 * the registry carries urgent and critical kinds. Each is one definition; nothing else changes.
 */

const name = z.string().min(1).max(100);
const id = z.string().min(1).max(128);

/** A session starts soon: urgent, so quiet hours do not hold it (a 08:00 session reminded at 07:00). */
export const sessionReminderTemplate = defineTemplate({
  type: 'mentor-session-reminder',
  description: 'A one-on-one session with a mentor starts soon.',
  category: 'mentoring',
  critical: false,
  urgent: true,
  data: z.object({
    sessionId: id,
    mentorName: name,
    startsAt: z.iso.datetime({ offset: true }),
    place: z.string().min(1).max(200),
  }),
  render(session, language, context) {
    const link = `${context.portalBaseUrl}/mentoring/sessions/${encodeURIComponent(session.sessionId)}`;
    const when = dateTime(session.startsAt);
    return language === 'zh'
      ? {
          title: `提醒：${when} 与导师${session.mentorName}的一对一指导`,
          body: [`时间：${when}`, `地点：${session.place}`].join('\n'),
          short: truncate(`【vetlink】提醒：${when} 与导师${session.mentorName}见面，地点：${session.place}`),
          link,
        }
      : {
          title: `Reminder: your session with ${session.mentorName} at ${when}`,
          body: [`When: ${when}`, `Where: ${session.place}`].join('\n'),
          short: truncate(`vetlink: session with ${session.mentorName} at ${when}, ${session.place}`),
          link,
        };
  },
});

/** A booked session was moved or cancelled: critical, it cannot be switched off. */
export const bookingChangedTemplate = defineTemplate({
  type: 'mentor-booking-changed',
  description: 'A booked session with a mentor was rescheduled or cancelled.',
  category: 'mentoring',
  critical: true,
  urgent: false,
  data: z.object({
    sessionId: id,
    mentorName: name,
    change: z.enum(['rescheduled', 'cancelled']),
    startsAt: z.iso.datetime({ offset: true }),
  }),
  render(booking, language, context) {
    const link = `${context.portalBaseUrl}/mentoring/sessions/${encodeURIComponent(booking.sessionId)}`;
    const when = dateTime(booking.startsAt);
    if (language === 'zh') {
      const what = booking.change === 'cancelled' ? `已取消（原定 ${when}）` : `改到 ${when}`;
      return {
        title: `与导师${booking.mentorName}的预约${what}`,
        body: `您与导师${booking.mentorName}的预约${what}。`,
        short: truncate(`【vetlink】与导师${booking.mentorName}的预约${what}`),
        link,
      };
    }
    const what = booking.change === 'cancelled' ? `was cancelled (it was at ${when})` : `moved to ${when}`;
    return {
      title: `Your session with ${booking.mentorName} ${what}`,
      body: `Your booked session with ${booking.mentorName} ${what}.`,
      short: truncate(`vetlink: session with ${booking.mentorName} ${what}`),
      link,
    };
  },
});

/** A bank decided on a startup loan application: critical. */
export const loanDecisionTemplate = defineTemplate({
  type: 'loan-decision',
  description: 'A partner bank approved or declined a startup loan application.',
  category: 'loans',
  critical: true,
  urgent: false,
  data: z.object({
    applicationId: id,
    bankName: name,
    decision: z.enum(['approved', 'declined']),
    amount: z.number().int().min(0).max(10_000_000),
  }),
  render(loan, language, context) {
    const link = `${context.portalBaseUrl}/loans/applications/${encodeURIComponent(loan.applicationId)}`;
    if (language === 'zh') {
      const what = loan.decision === 'approved' ? `已获批准，金额 ${yuan(loan.amount)} 元` : '未获批准';
      return {
        title: `创业贷款申请${what}`,
        body: `${loan.bankName}：您的创业贷款申请${what}。`,
        short: truncate(`【vetlink】${loan.bankName}：创业贷款申请${what}`),
        link,
      };
    }
    const what = loan.decision === 'approved' ? `was approved for CNY ${yuan(loan.amount)}` : 'was declined';
    return {
      title: `Your startup loan application ${what}`,
      body: `${loan.bankName}: your startup loan application ${what}.`,
      short: truncate(`vetlink: ${loan.bankName} - loan application ${what}`),
      link,
    };
  },
});

/** An incubation base decided on a startup's application. */
export const incubationDecisionTemplate = defineTemplate({
  type: 'incubation-decision',
  description: 'An incubation base admitted or declined a startup.',
  category: 'incubation',
  critical: false,
  urgent: false,
  data: z.object({ applicationId: id, baseName: name, decision: z.enum(['admitted', 'declined']) }),
  render(application, language, context) {
    const link = `${context.portalBaseUrl}/incubation/applications/${encodeURIComponent(application.applicationId)}`;
    if (language === 'zh') {
      const what = application.decision === 'admitted' ? '已通过' : '未通过';
      return {
        title: `入驻${application.baseName}的申请${what}`,
        body: `您申请入驻${application.baseName}${what}。`,
        short: truncate(`【vetlink】入驻${application.baseName}的申请${what}`),
        link,
      };
    }
    const what = application.decision === 'admitted' ? 'was accepted' : 'was declined';
    return {
      title: `Your application to ${application.baseName} ${what}`,
      body: `Your application to ${application.baseName} ${what}.`,
      short: truncate(`vetlink: application to ${application.baseName} ${what}`),
      link,
    };
  },
});
