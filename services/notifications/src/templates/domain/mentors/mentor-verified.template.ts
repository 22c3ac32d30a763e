import { z } from 'zod';
import { defineTemplate, truncate } from '../template';

/** The bureau verified a mentor (mentors.mentor-verified): veterans can now find and book them. */
export const mentorVerifiedTemplate = defineTemplate({
  type: 'mentor-verified',
  description: 'An officer verified the mentor: veterans can now find and book them (told to the mentor).',
  category: 'mentoring',
  critical: false,
  urgent: false,
  data: z.object({ mentorId: z.string().min(1).max(128), displayName: z.string().min(1).max(100) }),
  render(mentor, language, context) {
    const link = `${context.portalBaseUrl}/mentoring/availability`;
    return language === 'zh'
      ? {
          title: `${mentor.displayName}，您的导师资格已通过审核`,
          body: '退役军人现在可以找到并预约您。请发布或检查您的可预约时间。',
          short: truncate('【vetlink】导师资格已通过审核，请发布可预约时间'),
          link,
        }
      : {
          title: `${mentor.displayName}, you are a verified mentor`,
          body: 'Veterans can now find and book you. Publish or check your available hours.',
          short: truncate('vetlink: you are a verified mentor; publish your available hours'),
          link,
        };
  },
});
