import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { ForbiddenError } from '@vetlink/http';
import { StaffGrantsRepository } from './staff-grants.repository';

/**
 * Base staff act only while an officer's grant at their base stands (see StaffGrantRecord). A controller
 * guard, so that it runs after the global token guard has set the principal.
 */
@Injectable()
export class StaffGrantGuard implements CanActivate {
  constructor(private readonly grants: StaffGrantsRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const principal = context.switchToHttp().getRequest<{ principal?: Principal }>().principal;
    if (principal?.role !== 'base-staff') return true;
    const baseId = principal.organisationId;
    if (!baseId) throw new ForbiddenError('your account is not linked to a base');
    if (!(await this.grants.isGranted(baseId, principal.userId)))
      throw new ForbiddenError(
        `an officer has not granted you the staff role at base ${baseId}, or has revoked it`,
      );
    return true;
  }
}
