import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { OutboxRelayHost } from '@vetlink/messaging';
import { Model } from 'mongoose';
import {
  CodeClaimRecord,
  CodeRequestRecord,
  CurrentCodeRecord,
} from '../one-time-codes/one-time-code.schema';
import { OneTimeCodeStore } from '../one-time-codes/one-time-code-store';
import {
  CURRENT_VERIFICATION_MODEL,
  VERIFICATION_ATTEMPT_MODEL,
  VERIFICATION_REQUEST_MODEL,
  VERIFICATION_USE_MODEL,
} from './login-verification.schema';

/** Requests, tries and uses of login-verification codes; a request's subject is one login of an account. */
@Injectable()
export class LoginVerificationsRepository extends OneTimeCodeStore {
  constructor(
    @InjectModel(VERIFICATION_REQUEST_MODEL) requests: Model<CodeRequestRecord>,
    @InjectModel(CURRENT_VERIFICATION_MODEL) current: Model<CurrentCodeRecord>,
    @InjectModel(VERIFICATION_ATTEMPT_MODEL) attempts: Model<CodeClaimRecord>,
    @InjectModel(VERIFICATION_USE_MODEL) uses: Model<CodeClaimRecord>,
    outbox: OutboxRelayHost,
  ) {
    super({ requests, current, attempts, uses }, outbox);
  }
}
