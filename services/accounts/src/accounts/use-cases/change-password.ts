import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError, NotFoundError } from '@vetlink/http';
import { AccountsRepository } from '../accounts.repository';
import { PASSWORD_HASHER, PasswordHasher } from '../domain/password-hasher';
import { passwordProblem } from '../domain/password-policy';

/** A new password ends every session: refresh tokens issued before it are refused. */
@Injectable()
export class ChangePassword {
  constructor(
    private readonly accounts: AccountsRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: Principal, command: { currentPassword: string; newPassword: string }): Promise<void> {
    const account = await this.accounts.findById(caller.userId);
    if (!account) throw new NotFoundError('no account has this id');
    if (!(await this.hasher.verify(account.passwordHash, command.currentPassword)))
      throw new UnauthorizedException('the current password is wrong');
    const problem = passwordProblem(command.newPassword, 'newPassword');
    if (problem) throw new InvalidInputError([problem]);
    if (command.newPassword === command.currentPassword)
      throw new InvalidInputError([
        { field: 'newPassword', message: 'must differ from the current password' },
      ]);
    await this.accounts.changePassword(
      account.id,
      await this.hasher.hash(command.newPassword),
      this.clock.now(),
    );
  }
}
