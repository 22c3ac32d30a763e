import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { createIndexesAtStartup } from '@vetlink/persistence';
import { Model, Types } from 'mongoose';
import type { Enrolment } from './domain/enrolment';
import { ENROLMENT_MODEL, EnrolmentRecord } from './enrolment.schema';

/** A run's roster is read whole: runs hold tens of people, at most a few thousand. */
const ROSTER_LIMIT = 10_000;

@Injectable()
export class EnrolmentsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<EnrolmentRecord>;

  constructor(
    @InjectModel(ENROLMENT_MODEL) private readonly enrolments: Model<EnrolmentRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(enrolments);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.enrolments.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insert(enrolment: Enrolment, events: readonly PendingEvent[]): Promise<void> {
    const { id, ...fields } = enrolment;
    await this.writer.insert({ _id: id, ...fields }, events);
  }

  async find(id: string): Promise<Enrolment | undefined> {
    const record = await this.enrolments.findById(id).lean<EnrolmentRecord>();
    return record ? toEnrolment(record) : undefined;
  }

  /** The enrolments of these ids that exist, by `_id` (the one filter FerretDB answers from its index). */
  async findMany(ids: readonly string[]): Promise<Map<string, Enrolment>> {
    const records = await this.enrolments
      .find({ _id: { $in: [...ids] } })
      .limit(ids.length)
      .lean<EnrolmentRecord[]>();
    return new Map(records.map((record) => [record._id, toEnrolment(record)]));
  }

  /**
   * Moves the enrolment on from the sequence it was read at, with its events, in one write. Callers hold
   * that sequence's change claim: the claim, not this write, decides which change happens.
   */
  async change(
    enrolment: Enrolment,
    set: Partial<Omit<Enrolment, 'id' | 'sequence'>>,
    events: readonly PendingEvent[],
  ): Promise<Enrolment | undefined> {
    const record = await this.writer.update(
      { _id: enrolment.id },
      { $set: { ...set, sequence: enrolment.sequence + 1 } },
      events,
    );
    return record ? toEnrolment(record) : undefined;
  }

  async hasWaitlisted(runId: string): Promise<boolean> {
    return (
      (await this.enrolments.findOne({ runId, status: 'waitlisted' }).select({ _id: 1 }).lean()) !== null
    );
  }

  /** The run's line, first place first. */
  async lineOf(runId: string, limit: number): Promise<Enrolment[]> {
    const records = await this.enrolments
      .find({ runId, status: 'waitlisted' })
      .sort({ waitlistPosition: 1 })
      .limit(limit)
      .lean<EnrolmentRecord[]>();
    return records.map(toEnrolment);
  }

  /** Veterans holding a seat in the run. */
  async seatedCount(runId: string): Promise<number> {
    return this.enrolments.countDocuments({ runId, status: 'enrolled' });
  }

  /** Seats held above `capacity` (after it was lowered), highest first. */
  async seatedAbove(runId: string, capacity: number): Promise<Enrolment[]> {
    const records = await this.enrolments
      .find({ runId, status: 'enrolled', seatNo: { $gt: capacity } })
      .sort({ seatNo: -1 })
      .limit(10_000)
      .lean<EnrolmentRecord[]>();
    return records.map(toEnrolment);
  }

  /** Enrolments of the run holding a seat or a place in line (a run's cancellation reads them in batches). */
  async activeOf(runId: string, limit: number): Promise<Enrolment[]> {
    const records = await this.enrolments
      .find({ runId, status: { $in: ['enrolled', 'waitlisted'] } })
      .sort({ enrolledAt: 1, _id: 1 })
      .limit(limit)
      .lean<EnrolmentRecord[]>();
    return records.map(toEnrolment);
  }

  async rosterOf(runId: string): Promise<Enrolment[]> {
    const records = await this.enrolments
      .find({ runId })
      .sort({ enrolledAt: 1, _id: 1 })
      .limit(ROSTER_LIMIT)
      .lean<EnrolmentRecord[]>();
    return records.map(toEnrolment);
  }

  async ofVeteran(veteranId: string): Promise<Enrolment[]> {
    const records = await this.enrolments
      .find({ veteranId })
      .sort({ enrolledAt: -1 })
      .limit(1000)
      .lean<EnrolmentRecord[]>();
    return records.map(toEnrolment);
  }

  async deleteOfVeteran(veteranId: string): Promise<void> {
    await this.enrolments.deleteMany({ veteranId });
  }
}

function toEnrolment(record: EnrolmentRecord): Enrolment {
  return {
    id: record._id,
    runId: record.runId,
    courseId: record.courseId,
    veteranId: record.veteranId,
    status: record.status,
    ...(record.seatNo !== undefined && record.seatNo !== null ? { seatNo: record.seatNo } : {}),
    ...(record.waitlistPosition !== undefined && record.waitlistPosition !== null
      ? { waitlistPosition: record.waitlistPosition }
      : {}),
    sequence: record.sequence,
    enrolledAt: record.enrolledAt,
    ...(record.promotedAt ? { promotedAt: record.promotedAt } : {}),
    ...(record.cancelledAt ? { cancelledAt: record.cancelledAt } : {}),
    ...(record.cancelledBy ? { cancelledBy: record.cancelledBy } : {}),
    ...(record.completion ? { completion: record.completion } : {}),
    ...(record.recordedAfterwards ? { recordedAfterwards: true as const } : {}),
    updatedAt: record.updatedAt,
  };
}
