/**
 * An administrator creates an account (officers, bank, base and training-provider staff are only made this way):
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register services/accounts/scripts/create-account.ts \
 *     --role officer --org bureau-nanjing --login officer@mva.nanjing.gov.cn [--password ...] [--id ...]
 * with the accounts service's environment (MONGODB_URI, PII_ENCRYPTION_KEY, AUTH_JWT_PUBLIC_KEY, ...).
 * Prints the user id and the password (made up when not given: pass it on privately).
 */
import type { Role } from '@vetlink/auth';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { CreateAccountOrder, createAccounts } from '../src/administration/create-account-command';
import { loadAccountsConfig } from '../src/config';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      login: { type: 'string' },
      org: { type: 'string' },
      password: { type: 'string' },
      id: { type: 'string' },
      admin: { type: 'boolean' },
      batch: { type: 'string' },
    },
  });
  if (values.batch) return createBatch(values.batch);
  if (!values.role || !values.login) {
    console.error(
      'usage: create-account.ts --role ROLE --login EMAIL|MOBILE [--org ID] [--password P] [--id ID] [--admin]',
    );
    return 2;
  }
  const [outcome] = await createAccounts(loadAccountsConfig(), [
    {
      role: values.role as Role,
      login: values.login,
      ...(values.org ? { organisationId: values.org } : {}),
      ...(values.password ? { password: values.password } : {}),
      ...(values.id ? { id: values.id } : {}),
      ...(values.admin ? { organisationAdmin: true } : {}),
    },
  ]);
  if ('error' in outcome) {
    console.error(`not created: ${outcome.error}`);
    return 1;
  }
  console.log(`created ${values.role} ${outcome.userId}; password: ${outcome.password}`);
  return 0;
}

/**
 * `--batch FILE`: a JSON array of orders ({role, login, organisationId?, password?, id?,
 * organisationAdmin?}); prints one JSON line per order, `{login, userId}` or `{login, error}` (never
 * the password). The demo seed makes its accounts this way.
 */
async function createBatch(file: string): Promise<number> {
  const orders = JSON.parse(readFileSync(file, 'utf8')) as CreateAccountOrder[];
  const outcomes = await createAccounts(loadAccountsConfig(), orders);
  outcomes.forEach((outcome, index) =>
    console.log(
      JSON.stringify({
        login: orders[index].login,
        ...('error' in outcome ? { error: outcome.error } : { userId: outcome.userId }),
      }),
    ),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
