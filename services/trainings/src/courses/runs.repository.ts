import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { createIndexesAtStartup } from '@vetlink/persistence';
import { Model, Types } from 'mongoose';
import type { CourseRun, RunCancellation } from './domain/course-run';
import { RUN_MODEL, RunRecord } from './run.schema';

/** How many runs of one course a listing shows (a course runs a few times a year). */
const RUNS_PER_COURSE = 100;
/** At most this many upcoming runs are read at once (the catalogue's next months hold a few hundred). */
const UPCOMING_RUNS = 2000;

@Injectable()
export class RunsRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<RunRecord>;

  constructor(
    @InjectModel(RUN_MODEL) private readonly runs: Model<RunRecord>,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(runs);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.runs.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  /** The run and its run-published event, in one write. */
  async insert(run: CourseRun, events: readonly PendingEvent[]): Promise<void> {
    const { id, ...fields } = run;
    await this.writer.insert({ _id: id, ...fields }, events);
  }

  async find(id: string): Promise<CourseRun | undefined> {
    const record = await this.runs.findById(id).lean<RunRecord>();
    return record ? toRun(record) : undefined;
  }

  /** Written only by the request holding the claim of the revision after the run's (ChangeCapacity). */
  async setCapacity(runId: string, capacity: number): Promise<void> {
    await this.runs.updateOne({ _id: runId }, { $set: { capacity } });
  }

  /** The change is complete: the next change claims the revision after this one. */
  async setCapacityRevision(runId: string, revision: number): Promise<void> {
    await this.runs.updateOne({ _id: runId }, { $set: { capacityRevision: revision } });
  }

  /**
   * Written once, by the request that took the run's cancellation claim, with `trainings.run-cancelled`
   * (the outbox: the event goes out once, with the mark).
   */
  async markCancelled(
    runId: string,
    cancellation: RunCancellation,
    events: readonly PendingEvent[],
  ): Promise<void> {
    await this.writer.updateOne({ _id: runId }, { $set: { cancellation } }, events);
  }

  async ofCourse(courseId: string): Promise<CourseRun[]> {
    const records = await this.runs
      .find({ courseId })
      .sort({ startsOn: 1, _id: 1 })
      .limit(RUNS_PER_COURSE)
      .lean<RunRecord[]>();
    return records.map(toRun);
  }

  /**
   * Runs that start after `day` (YYYY-MM-DD, Asia/Shanghai), by start day: what veterans may still
   * enrol in. A scan (FerretDB indexes `_id` only), of a collection of a few hundred runs a year.
   */
  async startingAfter(day: string): Promise<CourseRun[]> {
    const records = await this.runs
      .find({ startsOn: { $gt: day } })
      .sort({ startsOn: 1, _id: 1 })
      .limit(UPCOMING_RUNS)
      .lean<RunRecord[]>();
    return records.map(toRun);
  }
}

function toRun(record: RunRecord): CourseRun {
  return {
    id: record._id,
    courseId: record.courseId,
    startsOn: record.startsOn,
    endsOn: record.endsOn,
    capacity: record.capacity,
    ...(record.capacityRevision ? { capacityRevision: record.capacityRevision } : {}),
    enrolmentOpensAt: record.enrolmentOpensAt,
    enrolmentClosesAt: record.enrolmentClosesAt,
    publishedBy: record.publishedBy,
    publishedAt: record.publishedAt,
    ...(record.cancellation
      ? {
          cancellation: {
            at: new Date(record.cancellation.at),
            by: record.cancellation.by,
            ...(record.cancellation.byRole ? { byRole: record.cancellation.byRole } : {}),
            reason: record.cancellation.reason,
          },
        }
      : {}),
    ...(record.recorded ? { recorded: { reference: record.recorded.reference } } : {}),
  };
}
