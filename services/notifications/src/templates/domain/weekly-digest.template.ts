import { z } from 'zod';
import { defineTemplate, truncate } from './template';
import { place, salaryRange } from './format';

/**
 * The weekly featured-jobs digest, made from `recommendations.weekly-digest-ready` (NotifyWeeklyDigest):
 * the jobs come filtered against the "already told" ledger, so a job pushed during the week is not repeated.
 */
export const weeklyDigestTemplate = defineTemplate({
  type: 'weekly-digest',
  description: 'Monday morning: the best new jobs of the week that the veteran was not already told about.',
  category: 'weekly-digest',
  critical: false,
  urgent: false,
  data: z.object({
    /** The Monday (YYYY-MM-DD, Asia/Shanghai) the digest is for. */
    weekOf: z.iso.date(),
    jobs: z
      .array(
        z.object({
          jobId: z.string().min(1).max(128),
          jobFingerprint: z.string().min(8).max(64),
          title: z.string().min(1).max(120),
          employerName: z.string().min(1).max(200),
          cityId: z.string().min(1).max(80),
          districtId: z.string().min(1).max(80).nullable(),
          salary: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }),
        }),
      )
      .min(1)
      .max(20),
  }),
  render(digest, language, context) {
    const link = `${context.portalBaseUrl}/jobs/featured?week=${digest.weekOf}`;
    const lines = digest.jobs.map(
      (job) =>
        `· ${job.title}｜${job.employerName}｜${place(job.cityId, job.districtId, language)}｜${salaryRange(job.salary, language)}`,
    );
    if (language === 'zh') {
      return {
        title: `本周精选岗位（${digest.jobs.length} 个）`,
        body: [`${digest.weekOf} 这一周为您精选的岗位：`, ...lines].join('\n'),
        short: truncate(
          `【vetlink】本周为您精选 ${digest.jobs.length} 个岗位，首推：${digest.jobs[0]?.title}。${link}`,
        ),
        link,
      };
    }
    return {
      title: `This week's featured jobs (${digest.jobs.length})`,
      body: [`Picked for you for the week of ${digest.weekOf}:`, ...lines].join('\n'),
      short: truncate(
        `vetlink: ${digest.jobs.length} featured jobs this week, first: ${digest.jobs[0]?.title}. ${link}`,
      ),
      link,
    };
  },
});
