/**
 * Where each role lands after signing in; people of roles the portal does not serve yet see a notice.
 * A role's pages live under a path named after it (`/bank-staff/...`).
 */
export function homeOf(role: string | undefined): string {
  switch (role) {
    case 'veteran':
      return '/veteran/recommended';
    case 'employer':
      return '/employer/jobs';
    case 'officer':
      return '/officer/employers';
    case 'mentor':
      return '/mentor/sessions';
    case 'bank-staff':
      return '/bank-staff/loans';
    case 'base-staff':
      return '/base-staff/applications';
    case 'training-provider':
      return '/training-provider/runs';
    case undefined:
      return '/sign-in';
    default:
      return '/not-yet';
  }
}

const PORTAL_ROLES = new Set([
  'veteran',
  'employer',
  'officer',
  'mentor',
  'bank-staff',
  'base-staff',
  'training-provider',
]);

/** The role a path belongs to (its first segment), or undefined for the public pages. */
export function roleOfPath(path: string): string | undefined {
  const first = path.split('/')[1];
  return first !== undefined && PORTAL_ROLES.has(first) ? first : undefined;
}
