import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { CODE_MAX_ATTEMPTS, CodeRefusal, codeRefusal, CodeRequestState } from './domain/one-time-code';
import { CodeClaimRecord, CodeRequestRecord, CurrentCodeRecord } from './one-time-code.schema';

export interface CodeRequest extends CodeRequestState {
  id: string;
  /** What the code is for: the account (a reset) or one of its logins (a verification). */
  subject: string;
  accountId: string;
  channel: 'email' | 'sms';
  requestedAt: Date;
}

export interface CodeModels {
  requests: Model<CodeRequestRecord>;
  current: Model<CurrentCodeRecord>;
  attempts: Model<CodeClaimRecord>;
  uses: Model<CodeClaimRecord>;
}

/**
 * Requests, tries and uses of one purpose's codes; every read and claim is by `_id`. Each purpose's
 * repository is this over its own collections (`codeSchemas`).
 */
export class OneTimeCodeStore {
  private readonly writer: AggregateWriter<CodeRequestRecord>;

  constructor(
    private readonly models: CodeModels,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(models.requests);
  }

  /**
   * Makes the request its subject's current one, then writes it with its event. In this order, a
   * failure between the two leaves a pointer to a request that does not exist (the code is refused,
   * and nobody was sent one) rather than a code sent that could never work.
   */
  async insert(request: CodeRequest, event: PendingEvent): Promise<void> {
    const point = () =>
      this.models.current.updateOne(
        { _id: request.subject },
        {
          $set: { accountId: request.accountId, requestId: request.id, requestedAt: request.requestedAt },
        },
        { upsert: true },
      );
    // Two first requests of one subject upsert at once: one inserts, the other meets its _id and updates.
    await point().catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
      return point();
    });
    const { id, subject: _subject, ...fields } = request;
    await this.writer.insert({ _id: id, ...fields }, [event]);
  }

  async findCurrent(subject: string): Promise<CodeRequest | undefined> {
    const pointer = await this.models.current.findOne({ _id: subject }).lean<CurrentCodeRecord>();
    if (!pointer) return undefined;
    const record = await this.models.requests.findOne({ _id: pointer.requestId }).lean<CodeRequestRecord>();
    if (!record) return undefined;
    return {
      id: record._id,
      subject,
      accountId: record.accountId,
      channel: record.channel,
      codeDigest: record.codeDigest,
      requestedAt: record.requestedAt,
      expiresAt: record.expiresAt,
    };
  }

  /**
   * One try of a code against a request: takes a try slot, checks the code, and claims the code's use
   * when it is right. Undefined for the one caller whose code does its work; else why it was refused.
   */
  async tryCode(request: CodeRequest, givenDigest: string, now: Date): Promise<CodeRefusal | undefined> {
    const attempt = await this.claimAttempt(request, now);
    const refusal = codeRefusal(request, givenDigest, { now, attempt, used: await this.wasUsed(request.id) });
    if (refusal) return refusal;
    return (await this.claimUse(request, now)) ? undefined : 'used';
  }

  /** Gives a use back when the work it was claimed for failed: the code works again. */
  async releaseUse(requestId: string): Promise<void> {
    await this.models.uses.deleteOne({ _id: requestId });
  }

  /** The slot this try took (0-based), or undefined when all were taken. */
  private async claimAttempt(request: CodeRequest, at: Date): Promise<number | undefined> {
    for (let slot = 0; slot < CODE_MAX_ATTEMPTS; slot++) {
      try {
        await this.models.attempts.create({ _id: `${request.id}|${slot}`, accountId: request.accountId, at });
        return slot;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    return undefined;
  }

  private async wasUsed(requestId: string): Promise<boolean> {
    return (await this.models.uses.countDocuments({ _id: requestId })) > 0;
  }

  /** True for the one caller whose code does its work. */
  private async claimUse(request: CodeRequest, at: Date): Promise<boolean> {
    try {
      await this.models.uses.create({ _id: request.id, accountId: request.accountId, at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
