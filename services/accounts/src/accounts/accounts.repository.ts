import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ConflictError } from '@vetlink/http';
import { FieldCipher, isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { Account } from './domain/account';
import { AccountLogin } from './domain/account-login';
import { LoginIdentifier, loginKey } from './domain/login-identifier';
import { ACCOUNT_MODEL, AccountRecord, LOGIN_MODEL, LoginRecord } from './account.schema';

const LOGIN_INDEX_CONTEXT = 'accounts.login';

@Injectable()
export class AccountsRepository {
  constructor(
    @InjectModel(ACCOUNT_MODEL) private readonly accounts: Model<AccountRecord>,
    @InjectModel(LOGIN_MODEL) private readonly logins: Model<LoginRecord>,
    private readonly cipher: FieldCipher,
  ) {}

  loginIndex(identifier: LoginIdentifier): string {
    return this.cipher.blindIndex(loginKey(identifier), LOGIN_INDEX_CONTEXT);
  }

  /**
   * Claims the login, then writes the account. The claim is a unique insert, so of two sign-ups with
   * one address exactly one wins (409 for the other); should the account write fail, the claim is
   * given back so that nothing half-made stays behind.
   */
  async create(account: Account, login: LoginIdentifier): Promise<void> {
    const loginId = this.loginIndex(login);
    try {
      await this.logins.create({
        _id: loginId,
        accountId: account.id,
        kind: login.kind,
        contact: this.cipher.encrypt(login.value, `accounts.login:${account.id}`),
        createdAt: account.createdAt,
      });
    } catch (error) {
      if (isDuplicateKeyError(error))
        throw new ConflictError(
          `an account with this ${login.kind === 'email' ? 'e-mail address' : 'mobile number'} exists already`,
        );
      throw error;
    }
    try {
      const { id, ...fields } = account;
      await this.accounts.create({ _id: id, ...fields });
    } catch (error) {
      await this.logins.deleteOne({ _id: loginId });
      if (isDuplicateKeyError(error))
        throw new ConflictError(`an account with the id ${account.id} exists already`);
      throw error;
    }
  }

  async findByLogin(login: LoginIdentifier): Promise<Account | undefined> {
    const record = await this.logins.findOne({ _id: this.loginIndex(login) }).lean<LoginRecord>();
    return record ? this.findById(record.accountId) : undefined;
  }

  async findById(id: string): Promise<Account | undefined> {
    const record = await this.accounts.findOne({ _id: id }).lean<AccountRecord>();
    return record ? toAccount(record) : undefined;
  }

  /** The account's logins, decrypted, with when each was verified. */
  async loginsOf(accountId: string): Promise<AccountLogin[]> {
    const records = await this.logins.find({ accountId }).lean<LoginRecord[]>();
    return records.map(
      (record) =>
        ({
          id: record._id,
          kind: record.kind,
          value: this.cipher.decrypt(record.contact, `accounts.login:${accountId}`),
          ...(record.verifiedAt ? { verifiedAt: record.verifiedAt } : {}),
        }) as AccountLogin,
    );
  }

  /** Marks the account's login verified; false when the account no longer has that login. */
  async markLoginVerified(accountId: string, loginId: string, at: Date): Promise<boolean> {
    const result = await this.logins.updateOne({ _id: loginId, accountId }, { $set: { verifiedAt: at } });
    return result.matchedCount > 0;
  }

  async changePassword(accountId: string, passwordHash: string, at: Date): Promise<void> {
    await this.accounts.updateOne(
      { _id: accountId },
      { $set: { passwordHash, passwordChangedAt: at, sessionsValidFrom: at } },
    );
  }

  async endSessionsBefore(accountId: string, at: Date): Promise<void> {
    await this.accounts.updateOne({ _id: accountId }, { $set: { sessionsValidFrom: at } });
  }
}

function toAccount(record: AccountRecord): Account {
  return {
    id: record._id,
    role: record.role,
    ...(record.organisationId ? { organisationId: record.organisationId } : {}),
    organisationAdmin: record.organisationAdmin,
    status: record.status,
    passwordHash: record.passwordHash,
    sessionsValidFrom: record.sessionsValidFrom,
    createdAt: record.createdAt,
    passwordChangedAt: record.passwordChangedAt,
  };
}
