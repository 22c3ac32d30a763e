import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ConflictError } from '@vetlink/http';
import { isDuplicateKeyError, createIndexesAtStartup } from '@vetlink/persistence';
import { Model } from 'mongoose';
import type { ConflictOfInterest, ReviewScore } from './domain/review';
import { CONFLICT_MODEL, ConflictRecord, SCORE_MODEL, ScoreRecord } from './review.schema';

@Injectable()
export class ReviewsRepository implements OnModuleInit {
  constructor(
    @InjectModel(SCORE_MODEL) private readonly scores: Model<ScoreRecord>,
    @InjectModel(CONFLICT_MODEL) private readonly conflicts: Model<ConflictRecord>,
  ) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.scores.createIndexes(), () => this.conflicts.createIndexes()]);
  }

  /** Scores are submitted once: a second submission is refused (409), never an overwrite. */
  async insertScore(score: ReviewScore): Promise<void> {
    try {
      await this.scores.create({ _id: `${score.applicationId}:${score.reviewerId}`, ...score });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ConflictError('you have already submitted your scores');
      throw error;
    }
  }

  /** Declared once; a repeat is harmless. */
  async insertConflict(conflict: ConflictOfInterest): Promise<void> {
    try {
      await this.conflicts.create({ _id: `${conflict.applicationId}:${conflict.reviewerId}`, ...conflict });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async own(applicationId: string, reviewerId: string): Promise<{ submitted: boolean; conflicted: boolean }> {
    const id = `${applicationId}:${reviewerId}`;
    const [score, conflict] = await Promise.all([
      this.scores.findById(id).select({ _id: 1 }).lean(),
      this.conflicts.findById(id).select({ _id: 1 }).lean(),
    ]);
    return { submitted: Boolean(score), conflicted: Boolean(conflict) };
  }

  async of(applicationId: string): Promise<{ scores: ReviewScore[]; conflicts: ConflictOfInterest[] }> {
    const [scores, conflicts] = await Promise.all([
      this.scores.find({ applicationId }).limit(1000).lean<ScoreRecord[]>(),
      this.conflicts.find({ applicationId }).limit(1000).lean<ConflictRecord[]>(),
    ]);
    return {
      scores: scores.map(({ _id, ...score }) => score),
      conflicts: conflicts.map(({ _id, ...conflict }) => conflict),
    };
  }
}
