import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { transition } from '../domain/lifecycle';
import { Loan } from '../domain/loan';
import { actorOf, LoanAccess } from './loan-access';

/** The veteran withdraws an application, at any point before the money is paid out. */
@Injectable()
export class WithdrawApplication {
  constructor(
    private readonly access: LoanAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(veteran: Principal, loanId: string, reason: string): Promise<Loan> {
    const { loan } = await this.access.change(veteran, loanId, (current) => {
      const now = this.clock.now();
      const next = transition(current, 'withdraw', actorOf(veteran), now, reason);
      return {
        next,
        change: { action: 'withdraw' as const, by: actorOf(veteran), at: now, reason },
        events: [],
        extra: undefined,
      };
    });
    return loan;
  }
}
