/** The sections of China's industrial classification (GB/T 4754-2017, letters A to T), as stable ids. */
export const INDUSTRIES = [
  'agriculture',
  'mining',
  'manufacturing',
  'utilities',
  'construction',
  'wholesale-retail',
  'transport-logistics',
  'hospitality-catering',
  'information-technology',
  'finance',
  'real-estate',
  'business-services',
  'research-technical-services',
  'environment-public-facilities',
  'resident-services',
  'education',
  'health-social-work',
  'culture-sports-entertainment',
  'public-administration',
  'international-organisations',
] as const;

export type Industry = (typeof INDUSTRIES)[number];
