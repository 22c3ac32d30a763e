import { z } from 'zod';
import { date } from '../format';
import { defineTemplate, truncate } from '../template';

/*
 * The founder's startup at an incubation base, from the incubators events
 * (libs/contracts/src/events/incubators.ts). The events name the base and programme by id only, so the
 * messages speak of "the incubation programme" and the application's page (the link) shows which.
 */

const id = z.string().min(1).max(128);

function applicationLink(portalBaseUrl: string, applicationId: string): string {
  return `${portalBaseUrl}/incubation/applications/${encodeURIComponent(applicationId)}`;
}

/** The base accepted, rejected or waitlisted the application (incubators.application-decided). */
export const incubationDecisionTemplate = defineTemplate({
  type: 'incubation-decision',
  description: "An incubation base accepted, rejected or waitlisted a startup's application.",
  category: 'incubation',
  critical: false,
  urgent: false,
  data: z.object({
    applicationId: id,
    decision: z.enum(['accepted', 'rejected', 'waitlisted']),
    /** The reason the founder sees, as the base wrote it. */
    reason: z.string().min(1).max(2000),
    waitlistPosition: z.number().int().min(1).optional(),
  }),
  render(application, language, context) {
    const link = applicationLink(context.portalBaseUrl, application.applicationId);
    const position = application.waitlistPosition;
    if (language === 'zh') {
      const what = {
        accepted: '已通过',
        rejected: '未通过',
        waitlisted: position ? `进入候补名单（第 ${position} 位）` : '进入候补名单',
      }[application.decision];
      return {
        title: `您的孵化项目入驻申请${what}`,
        body: [`您的孵化项目入驻申请${what}。`, `说明：${application.reason}`].join('\n'),
        short: truncate(`【vetlink】孵化项目入驻申请${what}`),
        link,
      };
    }
    const what = {
      accepted: 'was accepted',
      rejected: 'was not accepted',
      waitlisted: position ? `is on the waiting list (number ${position})` : 'is on the waiting list',
    }[application.decision];
    return {
      title: `Your application to the incubation programme ${what}`,
      body: [`Your application to the incubation programme ${what}.`, `Note: ${application.reason}`].join(
        '\n',
      ),
      short: truncate(`vetlink: your incubation application ${what}`),
      link,
    };
  },
});

/** The accepted startup took its seat and space (incubators.startup-admitted). */
export const startupAdmittedTemplate = defineTemplate({
  type: 'incubation-admitted',
  description: 'An accepted startup moved into the incubation base: its seat and units of space.',
  category: 'incubation',
  critical: false,
  urgent: false,
  data: z.object({
    applicationId: id,
    units: z
      .array(
        z.object({
          spaceType: z.enum(['workstation', 'private-office', 'meeting-room']),
          unit: z.number().int().min(1),
        }),
      )
      .max(100),
    admittedAt: z.iso.datetime({ offset: true }),
  }),
  render(startup, language, context) {
    const link = applicationLink(context.portalBaseUrl, startup.applicationId);
    const names = {
      zh: { workstation: '工位', 'private-office': '独立办公室', 'meeting-room': '会议室' },
      en: { workstation: 'workstation', 'private-office': 'private office', 'meeting-room': 'meeting room' },
    }[language];
    const units = startup.units.map(({ spaceType, unit }) =>
      language === 'zh' ? `· ${names[spaceType]} ${unit} 号` : `· ${names[spaceType]} no. ${unit}`,
    );
    if (language === 'zh') {
      return {
        title: '欢迎入驻孵化基地',
        body: [
          `入驻日期：${date(startup.admittedAt)}`,
          ...(units.length ? ['您的空间：', ...units] : []),
        ].join('\n'),
        short: truncate(`【vetlink】您的创业项目已入驻孵化基地（${date(startup.admittedAt)}）`),
        link,
      };
    }
    return {
      title: 'Welcome to the incubation base',
      body: [
        `Moved in on: ${date(startup.admittedAt)}`,
        ...(units.length ? ['Your space:', ...units] : []),
      ].join('\n'),
      short: truncate(`vetlink: your startup moved into the incubation base (${date(startup.admittedAt)})`),
      link,
    };
  },
});

/** The startup left residence, graduated or exited early (incubators.startup-graduated). */
export const startupGraduatedTemplate = defineTemplate({
  type: 'incubation-graduated',
  description: 'A startup left the incubation base: graduated, or exited early.',
  category: 'incubation',
  critical: false,
  urgent: false,
  data: z.object({
    applicationId: id,
    ending: z.enum(['graduated', 'exited']),
    jobsCreated: z.number().int().min(0),
    jobsForVeterans: z.number().int().min(0),
    endedAt: z.iso.datetime({ offset: true }),
  }),
  render(startup, language, context) {
    const link = applicationLink(context.portalBaseUrl, startup.applicationId);
    const graduated = startup.ending === 'graduated';
    if (language === 'zh') {
      return {
        title: graduated ? '恭喜！您的创业项目已从孵化基地毕业' : '您的创业项目已结束孵化',
        body: [
          `日期：${date(startup.endedAt)}`,
          `创造就业岗位：${startup.jobsCreated} 个，其中退役军人 ${startup.jobsForVeterans} 个`,
        ].join('\n'),
        short: truncate(`【vetlink】${graduated ? '您的创业项目已毕业' : '您的创业项目已结束孵化'}`),
        link,
      };
    }
    return {
      title: graduated
        ? 'Congratulations: your startup graduated from the incubation base'
        : 'Your startup left the incubation base',
      body: [
        `On: ${date(startup.endedAt)}`,
        `Jobs created: ${startup.jobsCreated}, of them for veterans: ${startup.jobsForVeterans}`,
      ].join('\n'),
      short: truncate(
        `vetlink: ${graduated ? 'your startup graduated' : 'your startup left the incubation base'}`,
      ),
      link,
    };
  },
});
