import type { components } from '../api/schema';
import { INDUSTRIES as TAXONOMY_INDUSTRIES } from '@vetlink/taxonomy-data/industries';
import { normaliseCreditCode } from './credit-code';

type Body = components['schemas']['job-postings.RegisterEmployerBody'];
export type Industry = Body['industry'];

/** The sections of GB/T 4754-2017 in the standard's order (A to T): the taxonomy's list, as job-postings takes it. */
export const INDUSTRIES: readonly Industry[] = TAXONOMY_INDUSTRIES;

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
