import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { loanApplicationDecided } from '@vetlink/contracts';
import { eventOrigin, pendingEvent } from '@vetlink/messaging';
import { SERVICE_NAME } from '../../service-name';
import { transition } from '../domain/lifecycle';
import { decidedPayload } from '../domain/loan-events';
import { Loan } from '../domain/loan';
import { actorOf, LoanAccess } from './loan-access';

/** The bank's staff approve or reject an application in review, saying why (the veteran reads it). */
@Injectable()
export class DecideApplication {
  constructor(
    private readonly access: LoanAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    staff: Principal,
    loanId: string,
    command: { decision: 'approved' | 'rejected'; reason: string },
  ): Promise<Loan> {
    const { loan } = await this.access.change(staff, loanId, (current) => {
      const now = this.clock.now();
      const action = command.decision === 'approved' ? 'approve' : 'reject';
      const next = transition(current, action, actorOf(staff), now, command.reason);
      return {
        next,
        change: { action, by: actorOf(staff), at: now, reason: command.reason },
        events: [
          pendingEvent(
            loanApplicationDecided,
            decidedPayload(next, command.decision, command.reason, now),
            eventOrigin(SERVICE_NAME, now),
          ),
        ],
        extra: undefined,
      };
    });
    return loan;
  }
}
