import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The one password of every demo account, printed by `npm start`; never use it outside a demo. */
export const DEMO_PASSWORD = 'vetlink-demo-2026';

export interface DemoAccount {
  role: 'veteran' | 'employer' | 'mentor' | 'officer' | 'bank-staff' | 'training-provider';
  /** The user id the demo data already knows the person by (the token's `sub`). */
  id: string;
  organisationId?: string;
  organisationAdmin?: boolean;
}

/** How a demo user signs in: their id at the demo domain, so a reader can tell who is who. */
export function demoLogin(account: DemoAccount): string {
  return `${account.id}@demo.vetlink.cn`;
}

/**
 * Makes an account for every demo user with the accounts service's administrator command (its
 * `--batch` mode: one process, one password hash), so that they sign in for real through the gateway.
 * An account that exists already is left as it is. Needs the launcher's keys and engine addresses.
 */
export function seedDemoAccounts(
  repoRoot: string,
  vetlinkHome: string,
  accounts: readonly DemoAccount[],
): { created: number; existing: number } {
  const keys = join(vetlinkHome, 'keys');
  const folder = mkdtempSync(join(tmpdir(), 'vetlink-demo-accounts-'));
  const file = join(folder, 'orders.json');
  try {
    writeFileSync(
      file,
      JSON.stringify(
        accounts.map((account) => ({
          role: account.role,
          id: account.id,
          login: demoLogin(account),
          password: DEMO_PASSWORD,
          ...(account.organisationId ? { organisationId: account.organisationId } : {}),
          ...(account.organisationAdmin ? { organisationAdmin: true } : {}),
        })),
      ),
    );
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(repoRoot, 'services/accounts/scripts/create-account.ts'),
        '--batch',
        file,
      ],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          SWC_NODE_PROJECT: join(repoRoot, 'tsconfig.base.json'),
          LOG_LEVEL: 'warn',
          AUTH_JWT_PUBLIC_KEY_FILE: join(keys, 'jwt-public.pem'),
          AUTH_JWT_SIGNING_KEY_FILE: join(keys, 'jwt-private.pem'),
          PII_ENCRYPTION_KEY: readFileSync(join(keys, 'pii.key'), 'utf8').trim(),
        },
      },
    );
    if (run.status !== 0)
      throw new Error(`the accounts command failed: ${run.stderr.trim().split('\n').pop()}`);
    let created = 0;
    let existing = 0;
    for (const line of run.stdout.split('\n').filter((text) => text.startsWith('{'))) {
      const outcome = JSON.parse(line) as { userId?: string; error?: string; login: string };
      if (outcome.userId) created += 1;
      else if (/exists already/.test(outcome.error ?? '')) existing += 1;
      else throw new Error(`demo account ${outcome.login}: ${outcome.error}`);
    }
    return { created, existing };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What `npm start` prints: where to sign in, and one account per role. */
export function signInGuide(gatewayUrl: string, firsts: readonly DemoAccount[]): string {
  const lines = [
    `  sign in through the gateway ${gatewayUrl} (API documentation: ${gatewayUrl}/docs), password "${DEMO_PASSWORD}" for every demo account:`,
    ...firsts.map((account) => `    ${account.role.padEnd(17)} ${demoLogin(account)}`),
    `  curl -s -X POST ${gatewayUrl}/api/auth/sign-in -H 'content-type: application/json' \\`,
    `    -d '{"login":"${demoLogin(firsts[0])}","password":"${DEMO_PASSWORD}"}'`,
  ];
  return lines.join('\n');
}
