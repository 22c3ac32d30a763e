import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { RESET_CODE_MAX_ATTEMPTS, ResetRequestState } from './domain/reset-code';
import {
  CURRENT_RESET_MODEL,
  CurrentResetRecord,
  RESET_ATTEMPT_MODEL,
  RESET_REQUEST_MODEL,
  RESET_USE_MODEL,
  ResetAttemptRecord,
  ResetRequestRecord,
  ResetUseRecord,
} from './password-reset.schema';

export interface ResetRequest extends ResetRequestState {
  id: string;
  accountId: string;
  channel: 'email' | 'sms';
  requestedAt: Date;
}

/** Requests, tries and uses of password-reset codes; every read and claim is by `_id`. */
@Injectable()
export class PasswordResetsRepository {
  private readonly writer: AggregateWriter<ResetRequestRecord>;

  constructor(
    @InjectModel(RESET_REQUEST_MODEL) private readonly requests: Model<ResetRequestRecord>,
    @InjectModel(CURRENT_RESET_MODEL) private readonly current: Model<CurrentResetRecord>,
    @InjectModel(RESET_ATTEMPT_MODEL) private readonly attempts: Model<ResetAttemptRecord>,
    @InjectModel(RESET_USE_MODEL) private readonly uses: Model<ResetUseRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(requests);
  }

  /**
   * Makes the request the account's current one, then writes it with its event. In this order, a
   * failure between the two leaves a pointer to a request that does not exist (the code is refused,
   * and nobody was sent one) rather than a code sent that could never work.
   */
  async insert(request: ResetRequest, event: PendingEvent): Promise<void> {
    const point = () =>
      this.current.updateOne(
        { _id: request.accountId },
        { $set: { requestId: request.id, requestedAt: request.requestedAt } },
        { upsert: true },
      );
    // Two first requests of one account upsert at once: one inserts, the other meets its _id and updates.
    await point().catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
      return point();
    });
    const { id, ...fields } = request;
    await this.writer.insert({ _id: id, ...fields }, [event]);
  }

  async findCurrent(accountId: string): Promise<ResetRequest | undefined> {
    const pointer = await this.current.findOne({ _id: accountId }).lean<CurrentResetRecord>();
    if (!pointer) return undefined;
    const record = await this.requests.findOne({ _id: pointer.requestId }).lean<ResetRequestRecord>();
    if (!record) return undefined;
    return {
      id: record._id,
      accountId: record.accountId,
      channel: record.channel,
      codeDigest: record.codeDigest,
      requestedAt: record.requestedAt,
      expiresAt: record.expiresAt,
    };
  }

  /** The slot this try took (0-based), or undefined when all were taken. */
  async claimAttempt(request: ResetRequest, at: Date): Promise<number | undefined> {
    for (let slot = 0; slot < RESET_CODE_MAX_ATTEMPTS; slot++) {
      try {
        await this.attempts.create({ _id: `${request.id}|${slot}`, accountId: request.accountId, at });
        return slot;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    return undefined;
  }

  async wasUsed(requestId: string): Promise<boolean> {
    return (await this.uses.countDocuments({ _id: requestId })) > 0;
  }

  /** True for the one caller whose code resets the password. */
  async claimUse(request: ResetRequest, at: Date): Promise<boolean> {
    try {
      await this.uses.create({ _id: request.id, accountId: request.accountId, at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async releaseUse(requestId: string): Promise<void> {
    await this.uses.deleteOne({ _id: requestId });
  }
}
