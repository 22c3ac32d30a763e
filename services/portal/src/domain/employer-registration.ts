import type { components } from '../api/schema';
import { normaliseCreditCode } from './credit-code';

type Body = components['schemas']['job-postings.RegisterEmployerBody'];
export type Industry = Body['industry'];

/** The sections of GB/T 4754-2017 in the standard's order (A to T), as job-postings names them. */
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
] as const satisfies readonly Industry[];

export interface RegistrationForm {
  name: string;
  creditCode: string;
  industry: Industry | '';
  cityId: string;
  contactName: string;
  contactPhone: string;
}

/** The form's fields under the names job-postings' issues use, so each answer lands on its field. */
export const REGISTRATION_FIELDS = [
  'name',
  'creditCode',
  'industry',
  'cityId',
  'contact.name',
  'contact.phone',
];

/** The body job-postings takes: the code as the licence prints it, without the spaces people type. */
export function registrationBody(form: RegistrationForm): Body {
  return {
    name: form.name.trim(),
    creditCode: normaliseCreditCode(form.creditCode),
    industry: form.industry as Industry,
    cityId: form.cityId as Body['cityId'],
    contact: { name: form.contactName.trim(), phone: form.contactPhone.replace(/[\s-]/g, '') },
  };
}
