import type { Industry } from '@vetlink/taxonomy';

/** The person an employer names for the bureau and applicants to call. Personal data: never logged. */
export interface EmployerContact {
  name: string;
  phone: string;
}

export interface EmployerVerification {
  verifiedAt: Date;
  /** The bureau officer who checked the organisation's papers. */
  verifiedBy: string;
}

/** An organisation that posts jobs. Its id is the organisation id its staff's access tokens carry. */
export interface Employer {
  id: string;
  name: string;
  creditCode: string;
  industry: Industry;
  cityId: string;
  contact: EmployerContact;
  verification?: EmployerVerification;
  createdAt: Date;
  updatedAt: Date;
}

export function isVerified(employer: Pick<Employer, 'verification'>): boolean {
  return employer.verification !== undefined;
}
