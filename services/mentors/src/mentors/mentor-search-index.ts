import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createLogger } from '@vetlink/logging';
import type { FilterExpression, IndexSettings, SearchEngine, SearchIndex } from '@vetlink/search';
import { Model } from 'mongoose';
import { MentorsSettings, SETTINGS } from '../settings.module';
import { SERVICE_NAME } from '../service-name';
import { Expertise, Mentor, MentorStatus } from './domain/mentor';
import { MENTOR_MODEL, MentorRecord } from './mentor.schema';

export const MENTOR_SEARCH_ENGINE = Symbol('MENTOR_SEARCH_ENGINE');

/** What the index keeps of a mentor: what ranking and its filters read, no contact details. */
export interface MentorSearchDocument {
  id: string;
  status: MentorStatus;
  expertise: Expertise[];
  cityId: string;
  modes: Mentor['modes'];
  servedIn?: Mentor['servedIn'];
  ratingCount: number;
  ratingAverage?: number;
  /** `ratingAverage` counted only from 3 ratings on, 0 otherwise: the order when candidates are cut. */
  ratingRank: number;
}

const FIELDS: (keyof MentorSearchDocument)[] = [
  'id',
  'status',
  'expertise',
  'cityId',
  'modes',
  'servedIn',
  'ratingCount',
  'ratingAverage',
];

/** The deepest a query may page: more candidates than a pool of verified mentors in one expertise. */
export const MAX_MENTOR_CANDIDATES = 2000;

const SETTINGS_OF_INDEX: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: [],
  filterableAttributes: ['status', 'expertise', 'cityId', 'modes', 'servedIn'],
  sortableAttributes: ['ratingRank'],
  maxTotalHits: MAX_MENTOR_CANDIDATES,
};

export function toSearchDocument(mentor: Mentor): MentorSearchDocument {
  return {
    id: mentor.id,
    status: mentor.status,
    expertise: mentor.expertise,
    cityId: mentor.cityId,
    modes: mentor.modes,
    ...(mentor.servedIn ? { servedIn: mentor.servedIn } : {}),
    ratingCount: mentor.ratingCount,
    ...(mentor.ratingAverage !== undefined ? { ratingAverage: mentor.ratingAverage } : {}),
    ratingRank: mentor.ratingCount >= 3 ? (mentor.ratingAverage ?? 0) : 0,
  };
}

/**
 * The mentors on the search port (libs/search: the embedded engine by default, Meilisearch with
 * MEILI_HOST), kept by this service's own writes: every write of a mentor puts its document after the
 * database write, and start-up loads every mentor again. So a write whose index update a crash lost is
 * repaired at the next start, and an embedded engine (in-process, empty at start) is filled.
 */
@Injectable()
export class MentorSearchIndex implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'mentor-index' });
  private readonly index: SearchIndex<MentorSearchDocument>;

  constructor(
    @Inject(MENTOR_SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(SETTINGS) settings: MentorsSettings,
    @InjectModel(MENTOR_MODEL) private readonly mentors: Model<MentorRecord>,
  ) {
    this.index = engine.index<MentorSearchDocument>(`${settings.search.indexPrefix}-mentors`);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.index.applySettings(SETTINGS_OF_INDEX);
    const started = Date.now();
    const loaded = await this.index.load(this.allMentors());
    this.logger.info({ mentors: loaded, ms: Date.now() - started }, 'mentor index loaded');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }

  async put(mentor: Mentor): Promise<void> {
    await this.index.upsert([toSearchDocument(mentor)]);
  }

  /** Verified mentors with any of this expertise, best rated first, at most `limit`. */
  async candidates(expertise: readonly Expertise[], limit: number): Promise<MentorSearchDocument[]> {
    if (expertise.length === 0) return [];
    const filter: FilterExpression = {
      op: 'and',
      clauses: [
        { op: 'eq', field: 'status', value: 'verified' },
        { op: 'in', field: 'expertise', values: [...expertise] },
      ],
    };
    const result = await this.index.search({
      filter,
      sort: [{ field: 'ratingRank', direction: 'desc' }],
      attributes: FIELDS,
      limit: Math.min(limit, MAX_MENTOR_CANDIDATES),
    });
    return result.hits.map((hit) => hit.document);
  }

  private async *allMentors(): AsyncIterable<MentorSearchDocument[]> {
    let batch: MentorSearchDocument[] = [];
    for await (const record of this.mentors.find().sort({ _id: 1 }).lean<MentorRecord>().cursor()) {
      const { _id, ...fields } = record as MentorRecord;
      batch.push(toSearchDocument({ id: _id, ...fields } as Mentor));
      if (batch.length === 500) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
}
