import { jobMatched, JobMatchedPayload, MatchReason } from '@vetlink/contracts';
import { defineTemplate, truncate } from './template';
import { date, distance, place, salaryRange } from './format';

/** Kinds whose fact the summary lines already show; reasons repeat them only if nothing else speaks for the job. */
const SHOWN_IN_SUMMARY = new Set(['distance', 'salary', 'veterans-only', 'veteran-priority']);
export const TOP_REASONS = 3;

/** The reasons worth a line: those that speak for the fit, in matching's order, summary facts last. */
export function topReasons(reasons: readonly MatchReason[], count = TOP_REASONS): MatchReason[] {
  const speaking = reasons.filter((reason) => reason.polarity === 'match');
  const fresh = speaking.filter((reason) => !SHOWN_IN_SUMMARY.has(reason.kind));
  const repeated = speaking.filter((reason) => SHOWN_IN_SUMMARY.has(reason.kind));
  return [...fresh, ...repeated].slice(0, count);
}

/** A match older than the limit is news no longer: a push would only be noise (the weekly digest covers it). */
export function isStalePush(
  match: Pick<JobMatchedPayload, 'matchedAt'>,
  now: Date,
  maxAgeMs: number,
): boolean {
  return now.getTime() - new Date(match.matchedAt).getTime() > maxAgeMs;
}

/** A job push from `matching.job-matched`: title, employer, salary, distance and the top reasons. */
export const jobMatchedTemplate = defineTemplate({
  type: 'job-matched',
  description: 'A job that fits the veteran, pushed when it is posted or their profile changes.',
  category: 'job-push',
  critical: false,
  urgent: false,
  data: jobMatched.payload,
  render(match, language, context) {
    const { job } = match;
    const link = `${context.portalBaseUrl}/jobs/${encodeURIComponent(match.jobId)}`;
    const where = place(job.cityId, job.districtId, language);
    const pay = salaryRange(job.salary, language);
    const far = job.distanceKm === null ? null : distance(job.distanceKm, language);
    const reasons = topReasons(match.reasons).map((reason) => `· ${reason.text[language]}`);
    if (language === 'zh') {
      const priority = job.veteransOnly
        ? '退役军人专属岗位'
        : job.veteranPriority
          ? '退役军人优先录用'
          : null;
      return {
        title: `新岗位推荐：${job.title}`,
        body: [
          `${job.employerName}｜${where}`,
          [pay, far].filter(Boolean).join(' · '),
          ...(priority ? [priority] : []),
          ...(reasons.length ? ['推荐理由：', ...reasons] : []),
          `报名截止：${date(job.deadline)}`,
        ].join('\n'),
        short: truncate(`【vetlink】为您推荐：${job.title}（${job.employerName}，${pay}）${link}`),
        link,
      };
    }
    const priority = job.veteransOnly
      ? 'Reserved for veterans'
      : job.veteranPriority
        ? 'Veterans preferred'
        : null;
    return {
      title: `A job for you: ${job.title}`,
      body: [
        `${job.employerName} | ${where}`,
        [pay, far].filter(Boolean).join(' · '),
        ...(priority ? [priority] : []),
        ...(reasons.length ? ['Why it fits:', ...reasons] : []),
        `Apply by ${date(job.deadline)}`,
      ].join('\n'),
      short: truncate(`vetlink: ${job.title} at ${job.employerName}, ${pay}. ${link}`),
      link,
    };
  },
});
