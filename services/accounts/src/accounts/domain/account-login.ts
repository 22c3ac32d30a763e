import { LoginIdentifier } from './login-identifier';

/** One way an account signs in, as the account's owner sees it; `id` is the login's blind index. */
export type AccountLogin = LoginIdentifier & { id: string; verifiedAt?: Date };

/** How a login is shown to its owner: whether, and since when, they proved the address is theirs. */
export interface LoginView {
  kind: LoginIdentifier['kind'];
  value: string;
  verified: boolean;
  verifiedAt?: string;
}

export function loginView(login: AccountLogin): LoginView {
  return {
    kind: login.kind,
    value: login.value,
    verified: login.verifiedAt !== undefined,
    ...(login.verifiedAt ? { verifiedAt: login.verifiedAt.toISOString() } : {}),
  };
}

/** The account's login of a kind (an account has at most one of each), or undefined. */
export function loginOfKind(logins: AccountLogin[], kind: LoginIdentifier['kind']): AccountLogin | undefined {
  return logins.find((login) => login.kind === kind);
}
