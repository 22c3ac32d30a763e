/** Where each role lands after signing in; people of roles the portal does not serve yet see a notice. */
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
    case undefined:
      return '/sign-in';
    default:
      return '/not-yet';
  }
}

/** The role a path belongs to (its first segment), or undefined for the public pages. */
export function roleOfPath(path: string): string | undefined {
  const first = path.split('/')[1];
  return first === 'veteran' || first === 'employer' || first === 'officer' || first === 'mentor'
    ? first
    : undefined;
}
