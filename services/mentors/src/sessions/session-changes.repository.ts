import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@vetlink/persistence';
import { Model } from 'mongoose';
import { SESSION_CHANGE_MODEL, SessionChangeRecord } from './session.schema';

/** Once-only effects on sessions, decided by inserting their `_id` (see SessionChangeRecord). */
@Injectable()
export class SessionChangesRepository {
  constructor(@InjectModel(SESSION_CHANGE_MODEL) private readonly changes: Model<SessionChangeRecord>) {}

  /** True for the first caller with this effect id. */
  async takeOnce(id: string, now: Date): Promise<boolean> {
    try {
      await this.changes.collection.insertOne({ _id: id as never, takenAt: now });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * The right to change a session from `sequence` on. A token older than `staleAfterMs` whose holder
   * never moved the session on (it crashed midway) is taken over, so a crash cannot freeze a session.
   */
  async takeChange(sessionId: string, sequence: number, now: Date, staleAfterMs: number): Promise<boolean> {
    const id = changeTokenId(sessionId, sequence);
    if (await this.takeOnce(id, now)) return true;
    const held = await this.changes.findById(id).lean<SessionChangeRecord>();
    if (!held || held.takenAt.getTime() > now.getTime() - staleAfterMs) return false;
    await this.changes.deleteOne({ _id: id, takenAt: held.takenAt });
    return this.takeOnce(id, now);
  }

  /** Gives the right back when the change could not be made (its time was taken, say). */
  async giveBack(sessionId: string, sequence: number): Promise<void> {
    await this.changes.deleteOne({ _id: changeTokenId(sessionId, sequence) });
  }
}

export function changeTokenId(sessionId: string, sequence: number): string {
  return `${sessionId}@${sequence}`;
}

export function reminderEffectId(sessionId: string, sequence: number, minutesBefore: number): string {
  return `${sessionId}@${sequence}-reminder-${minutesBefore}`;
}
