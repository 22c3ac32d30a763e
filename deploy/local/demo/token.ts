/**
 * Prints a development access token for trying the local APIs by hand, until the gateway issues real ones:
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register deploy/local/demo/token.ts officer demo-officer-1
 *   ... token.ts employer demo-hr-0001 demo-org-0001
 *   curl -H "Authorization: $(... token.ts veteran demo-vet-000001)" 127.0.0.1:3102/profiles/me
 */
import { join, resolve } from 'node:path';
import { DevTokens, Subject } from './support/tokens';

const ROLES: readonly Subject['role'][] = ['veteran', 'employer', 'mentor', 'officer'];

const [role, userId, organisationId] = process.argv.slice(2);
if (!ROLES.includes(role as Subject['role']) || !userId) {
  console.error(`usage: token.ts <${ROLES.join('|')}> <userId> [organisationId]`);
  process.exit(2);
}
const home = process.env['VETLINK_HOME'] ?? resolve(__dirname, '../../../.vetlink');
const tokens = new DevTokens(join(home, 'keys/jwt-private.pem'));
console.log(
  tokens.bearer({ role: role as Subject['role'], userId, ...(organisationId ? { organisationId } : {}) }),
);
