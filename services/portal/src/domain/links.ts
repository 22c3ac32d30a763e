/**
 * A message's link as a route of the portal: notifications writes `<PORTAL_BASE_URL>/jobs/<id>` (and
 * weekly digests' pages), which may name another host than the one serving this portal (a proxy, a
 * test run's port). A job link opens the job here whatever its host; any other link on this portal's
 * own origin opens in place; anything else is left as an external link (undefined).
 */
export function inAppPath(link: string | null | undefined, origin: string): string | undefined {
  if (!link) return undefined;
  let url: URL;
  try {
    url = new URL(link, origin);
  } catch {
    return undefined;
  }
  // the weekly digest's page: this week's picks (routes/picks.ts), also whatever its host
  if (/^\/jobs\/featured\/?$/.test(url.pathname)) return `/jobs/featured${url.search}`;
  const job = /^\/jobs\/([^/]+)\/?$/.exec(url.pathname);
  if (job) return `/veteran/jobs/${job[1]}`;
  return url.origin === origin ? `${url.pathname}${url.search}` : undefined;
}

/** What a message's link opens in the portal, to name the link: a job, the weekly picks, another page. */
export function linkTarget(path: string): 'job' | 'picks' | 'page' {
  if (path.startsWith('/jobs/featured') || path.startsWith('/veteran/picks')) return 'picks';
  return path.startsWith('/veteran/jobs/') ? 'job' : 'page';
}

/** The job a message is about, when its link names one. */
export function jobIdOf(link: string | null | undefined): string | undefined {
  if (!link) return undefined;
  const match = /\/jobs\/([^/?#]+)/.exec(link);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}
