export { ROLES, principalFromClaims } from './lib/principal';
export type { Role, Principal, AccessTokenClaims } from './lib/principal';
export { AccessTokenVerifier, ACCESS_TOKEN_ALGORITHMS } from './lib/access-token.verifier';
export { Public, Roles, CurrentPrincipal } from './lib/decorators';
export { AccessTokenGuard, RolesGuard } from './lib/guards';
export { AuthModule } from './lib/auth.module';
export {
  assertOwner,
  assertOrganisation,
  canAccessOwnedBy,
  canActForOrganisation,
  requireOrganisation,
} from './lib/ownership';
