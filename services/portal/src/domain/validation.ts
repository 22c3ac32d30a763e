/**
 * The portal's own form checks: the same rules the APIs apply, told before the request so that a
 * veteran on a phone learns what to fix without a round trip. The APIs still decide.
 * Each check answers an i18n key of the problem, or undefined when the value is fine.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MOBILE = /^(\+?86[- ]?)?1[3-9]\d{9}$/;

export type LoginKind = 'email' | 'mobile';

export function loginKind(login: string): LoginKind | undefined {
  const value = login.trim();
  if (EMAIL.test(value)) return 'email';
  if (MOBILE.test(value.replace(/[\s-]/g, ''))) return 'mobile';
  return undefined;
}

export function checkLogin(login: string): string | undefined {
  if (!login.trim()) return 'validation.required';
  return loginKind(login) ? undefined : 'validation.login';
}

/** Accounts' policy: at least 10 characters, not the login, not one character repeated. */
export function checkPassword(password: string, login = ''): string | undefined {
  if (!password) return 'validation.required';
  if ([...password].length < 10) return 'validation.passwordLength';
  if (login && password.trim().toLowerCase() === login.trim().toLowerCase())
    return 'validation.passwordLogin';
  if (new Set(password).size === 1) return 'validation.passwordRun';
  return undefined;
}

export function checkSamePassword(password: string, again: string): string | undefined {
  return password === again ? undefined : 'validation.passwordMismatch';
}

export interface JobDraft {
  title: string;
  description: string;
  salaryMin: number;
  salaryMax: number;
  headcount: number;
  deadline: string;
}

/** The checks of the post-a-job form, by field. */
export function checkJobDraft(draft: JobDraft, now = Date.now()): Partial<Record<keyof JobDraft, string>> {
  const problems: Partial<Record<keyof JobDraft, string>> = {};
  if (!draft.title.trim()) problems.title = 'validation.required';
  if (draft.description.trim().length < 20) problems.description = 'validation.descriptionLength';
  if (!(draft.salaryMin > 0)) problems.salaryMin = 'validation.positive';
  if (!(draft.salaryMax >= draft.salaryMin)) problems.salaryMax = 'validation.salaryOrder';
  if (!Number.isInteger(draft.headcount) || draft.headcount < 1) problems.headcount = 'validation.positive';
  const deadline = Date.parse(draft.deadline);
  if (!Number.isFinite(deadline) || deadline <= now) problems.deadline = 'validation.futureDate';
  return problems;
}

/** The sign-up body for accounts: an e-mail address or a mobile number, as the login is. */
export function signUpBody(
  login: string,
  password: string,
): { email: string; password: string } | { mobile: string; password: string } {
  const value = login.trim();
  return loginKind(value) === 'mobile' ? { mobile: value, password } : { email: value, password };
}
