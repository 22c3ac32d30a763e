/**
 * The signed-in person's tokens, without any framework: the access token lives in memory only, the
 * refresh token in a `RefreshTokenStore` (sessionStorage in the browser, see the README for why), and
 * a refresh rotates both. Concurrent callers share one refresh: accounts refuses a refresh token the
 * second time and then revokes its whole chain, so two parallel exchanges would sign the person out.
 *
 * When accounts refuses the refresh token of someone signed in (it expired, or they signed out on
 * another device), the session is interrupted rather than ended: the page and what was typed on it
 * stay, requests wait, and a sign-in dialog asks for the password; signing in again lets the waiting
 * requests go on, giving up ends the session.
 */
export interface SessionGrant {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  userId: string;
  role: string;
  organisationId?: string;
}

export interface Identity {
  userId: string;
  role: string;
  organisationId?: string;
}

/** What the session needs from accounts; the portal's implementation calls the typed client. */
export interface AuthApi {
  signIn(login: string, password: string): Promise<SessionGrant>;
  /** A new grant, or `undefined` when accounts refuses the refresh token (expired, revoked, reused). */
  refresh(refreshToken: string): Promise<SessionGrant | undefined>;
  signOut(refreshToken: string): Promise<void>;
}

export interface RefreshTokenStore {
  read(): string | undefined;
  write(token: string | undefined): void;
}

/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
export const REFRESH_MARGIN_MS = 30_000;

export class Session {
  private access: { token: string; expiresAt: number } | undefined;
  private current: Identity | undefined;
  private refreshing: Promise<boolean> | undefined;
  private readonly listeners = new Set<(identity: Identity | undefined) => void>();
  /** Set while the person must sign in again: who it was, and the requests waiting for it. */
  private lapsed: { identity: Identity; waiters: ((resumed: boolean) => void)[] } | undefined;
  private readonly interruptionListeners = new Set<(identity: Identity | undefined) => void>();
  /** The login typed at the last sign-in, in memory only: the dialog offers it again. */
  private lastLogin: string | undefined;

  constructor(
    private readonly api: AuthApi,
    private readonly store: RefreshTokenStore,
    private readonly now: () => number = Date.now,
  ) {}

  get identity(): Identity | undefined {
    return this.current;
  }

  /** Called with the identity after each sign-in, refresh that changes it, and sign-out. */
  onChange(listener: (identity: Identity | undefined) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Who must sign in again before the waiting requests go on; undefined when the session is whole. */
  get interrupted(): Identity | undefined {
    return this.lapsed?.identity;
  }

  /** The login used to sign in on this page, if any (never stored). */
  get login(): string | undefined {
    return this.lastLogin;
  }

  /** Called with who must sign in again when the session is interrupted, and undefined when it is over. */
  onInterruption(listener: (identity: Identity | undefined) => void): () => void {
    this.interruptionListeners.add(listener);
    return () => this.interruptionListeners.delete(listener);
  }

  /**
   * Signs in; during an interruption this is the dialog's sign-in, which lets the waiting requests go on
   * when the same person signed in (another person's sign-in must not send what the first one typed).
   */
  async signIn(login: string, password: string): Promise<Identity> {
    const grant = await this.api.signIn(login, password);
    this.lastLogin = login;
    const waiting = this.lapsed;
    this.accept(grant);
    if (waiting) this.endInterruption(waiting.identity.userId === grant.userId);
    return this.current as Identity;
  }

  /**
   * Resolves once an interruption is over: true when the person signed in again, false when they gave
   * up or someone else signed in; false at once when the session is not interrupted.
   */
  resumed(): Promise<boolean> {
    const lapsed = this.lapsed;
    if (!lapsed) return Promise.resolve(false);
    return new Promise((resolve) => lapsed.waiters.push(resolve));
  }

  /** The person would rather not sign in again: the session ends (and the waiting requests fail). */
  giveUp(): void {
    this.forget();
  }

  /** After a reload: a stored refresh token signs the person in again, else nobody is signed in. */
  async restore(): Promise<Identity | undefined> {
    if (this.current) return this.current;
    if (!this.store.read()) return undefined;
    await this.refresh();
    return this.current;
  }

  /**
   * A valid access token (refreshed first when it is about to expire; after the person signed in again
   * when the session was interrupted), or undefined when signed out.
   */
  async accessToken(): Promise<string | undefined> {
    if (this.lapsed) return (await this.resumed()) ? this.access?.token : undefined;
    if (this.access && this.access.expiresAt - REFRESH_MARGIN_MS > this.now()) return this.access.token;
    if (!this.store.read()) return this.access?.token;
    if (await this.refresh()) return this.access?.token;
    return this.lapsed ? this.accessToken() : undefined;
  }

  /**
   * Exchanges the refresh token once, whoever asks meanwhile; false when it was refused (the session is
   * then interrupted if someone was signed in, else over) or there is none.
   */
  refresh(): Promise<boolean> {
    if (!this.refreshing) {
      this.refreshing = this.exchange().finally(() => (this.refreshing = undefined));
    }
    return this.refreshing;
  }

  /** Revokes this device's refresh chain at accounts, then forgets everything here. */
  async signOut(): Promise<void> {
    const token = this.store.read();
    this.forget();
    if (token) await this.api.signOut(token).catch(() => undefined);
  }

  private async exchange(): Promise<boolean> {
    const token = this.store.read();
    if (!token) return false;
    const grant = await this.api.refresh(token);
    if (!grant) {
      // After a reload nobody was signed in on this page yet: there is nothing typed to keep.
      if (this.current) this.interrupt(this.current);
      else this.forget();
      return false;
    }
    this.accept(grant);
    return true;
  }

  private accept(grant: SessionGrant): void {
    this.access = { token: grant.accessToken, expiresAt: this.now() + grant.expiresIn * 1000 };
    this.store.write(grant.refreshToken);
    const identity: Identity = {
      userId: grant.userId,
      role: grant.role,
      ...(grant.organisationId ? { organisationId: grant.organisationId } : {}),
    };
    const changed =
      this.current?.userId !== identity.userId || this.current?.organisationId !== identity.organisationId;
    this.current = identity;
    if (changed) this.notify();
  }

  private forget(): void {
    const had = this.current !== undefined;
    this.access = undefined;
    this.current = undefined;
    this.store.write(undefined);
    if (this.lapsed) this.endInterruption(false);
    if (had) this.notify();
  }

  private interrupt(identity: Identity): void {
    this.access = undefined;
    this.store.write(undefined);
    if (this.lapsed) return;
    this.lapsed = { identity, waiters: [] };
    for (const listener of this.interruptionListeners) listener(identity);
  }

  private endInterruption(resumed: boolean): void {
    const waiters = this.lapsed?.waiters ?? [];
    this.lapsed = undefined;
    for (const listener of this.interruptionListeners) listener(undefined);
    for (const resolve of waiters) resolve(resumed);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.current);
  }
}

/** Keeps the refresh token for this tab only (see the README: why not localStorage, why not memory). */
export function sessionStorageStore(key = 'vetlink.refresh'): RefreshTokenStore {
  return {
    read: () => window.sessionStorage.getItem(key) ?? undefined,
    write: (token) =>
      token === undefined ? window.sessionStorage.removeItem(key) : window.sessionStorage.setItem(key, token),
  };
}
