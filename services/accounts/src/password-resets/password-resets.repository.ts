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
  CURRENT_RESET_MODEL,
  RESET_ATTEMPT_MODEL,
  RESET_REQUEST_MODEL,
  RESET_USE_MODEL,
} from './password-reset.schema';

/** Requests, tries and uses of password-reset codes; a request's subject is its account. */
@Injectable()
export class PasswordResetsRepository extends OneTimeCodeStore {
  constructor(
    @InjectModel(RESET_REQUEST_MODEL) requests: Model<CodeRequestRecord>,
    @InjectModel(CURRENT_RESET_MODEL) current: Model<CurrentCodeRecord>,
    @InjectModel(RESET_ATTEMPT_MODEL) attempts: Model<CodeClaimRecord>,
    @InjectModel(RESET_USE_MODEL) uses: Model<CodeClaimRecord>,
    outbox: OutboxRelayHost,
  ) {
    super({ requests, current, attempts, uses }, outbox);
  }
}
