import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createIndexesAtStartup, isDuplicateKeyError } from '@vetlink/persistence';
import type { CourseCompletion } from '@vetlink/profiles';
import { Model } from 'mongoose';
import {
  PENDING_COURSE_COMPLETION_MODEL,
  PendingCourseCompletionRecord,
} from './pending-course-completion.schema';

/** Completed courses waiting for their veteran's profile. Small: an entry leaves when it is credited. */
@Injectable()
export class PendingCourseCompletionsRepository implements OnModuleInit {
  constructor(
    @InjectModel(PENDING_COURSE_COMPLETION_MODEL)
    private readonly pending: Model<PendingCourseCompletionRecord>,
  ) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.pending.createIndexes()]);
  }

  /** Keyed by the enrolment: a repeat finds the first one kept and leaves it as it is. */
  async keep(veteranId: string, completion: CourseCompletion, receivedAt: Date): Promise<void> {
    try {
      await this.pending.create({ _id: completion.enrolmentId, veteranId, ...completion, receivedAt });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async ofVeteran(veteranId: string): Promise<CourseCompletion[]> {
    const records = await this.pending
      .find({ veteranId })
      .sort({ completedAt: 1 })
      .lean<PendingCourseCompletionRecord[]>();
    return records.map(
      ({ _id: _enrolment, veteranId: _veteran, receivedAt: _receivedAt, ...completion }) => ({
        ...completion,
        trainingId: completion.trainingId ?? null,
      }),
    );
  }

  async remove(enrolmentId: string): Promise<void> {
    await this.pending.deleteOne({ _id: enrolmentId });
  }
}
