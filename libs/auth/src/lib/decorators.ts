import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './principal';

export const PUBLIC_ROUTE = 'vetlink:public-route';
export const REQUIRED_ROLES = 'vetlink:required-roles';

/** Opens a route to anonymous callers (health checks, public job search, unsubscribe links). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Limits a route to callers with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export interface AuthenticatedRequest {
  principal?: Principal;
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) throw new Error('CurrentPrincipal used on a public route');
    return principal;
  },
);
