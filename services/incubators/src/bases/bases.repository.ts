import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { BASE_MODEL, BaseRecord, PROGRAMME_MODEL, ProgrammeRecord } from './base.schema';
import type { Base, SpaceType } from './domain/base';
import type { Programme } from './domain/programme';
import {
  createIndexesAtStartup,
  fetchSizeFor,
  KeysetOrder,
  keysetQuery,
  Page,
  pageOf,
} from '@vetlink/persistence';

/** Listing orders (cursor paging): a base's name and a programme's opening never change. */
const BY_NAME: KeysetOrder = { field: 'name', direction: 'asc' };
const LATEST_OPENING_FIRST: KeysetOrder = { field: 'opensAt', direction: 'desc' };

/** Bases and their programmes: written once by officers and staff, read by id on every application step. */
@Injectable()
export class BasesRepository implements OnModuleInit {
  constructor(
    @InjectModel(BASE_MODEL) private readonly bases: Model<BaseRecord>,
    @InjectModel(PROGRAMME_MODEL) private readonly programmes: Model<ProgrammeRecord>,
  ) {}

  async onModuleInit() {
    await createIndexesAtStartup([() => this.programmes.createIndexes()]);
  }

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async insertBase(base: Base): Promise<void> {
    const { id, ...fields } = base;
    await this.bases.create({ _id: id, ...fields });
  }

  async insertProgramme(programme: Programme): Promise<void> {
    const { id, ...fields } = programme;
    await this.programmes.create({ _id: id, ...fields });
  }

  async findBase(id: string): Promise<Base | undefined> {
    const record = await this.bases.findById(id).lean<BaseRecord>();
    return record ? fromRecord(record) : undefined;
  }

  async findProgramme(id: string): Promise<Programme | undefined> {
    const record = await this.programmes.findById(id).lean<ProgrammeRecord>();
    return record ? fromRecord(record) : undefined;
  }

  /** Sets a base's count of one space type (Capacity retires the units above it first). */
  async setUnits(baseId: string, type: SpaceType, count: number): Promise<void> {
    await this.bases.updateOne({ _id: baseId }, { $set: { [`units.${type}`]: count } });
  }

  /** Sets a programme's seats (Capacity retires the seats above it first). */
  async setSeats(programmeId: string, seats: number): Promise<void> {
    await this.programmes.updateOne({ _id: programmeId }, { $set: { seats } });
  }

  async listBases(cityId: string | undefined, limit: number, cursor?: string): Promise<Page<Base>> {
    const keyset = keysetQuery(BY_NAME, cursor);
    const records = await this.bases
      .find({ $and: [keyset.filter, cityId ? { cityId } : {}] })
      .sort(keyset.sort)
      .limit(fetchSizeFor(limit))
      .lean<BaseRecord[]>();
    return pageOf(records, limit, BY_NAME, (record) => ({ value: record.name, id: record._id }), fromRecord);
  }

  async programmesOf(baseId: string, limit: number, cursor?: string): Promise<Page<Programme>> {
    const keyset = keysetQuery(LATEST_OPENING_FIRST, cursor);
    const records = await this.programmes
      .find({ $and: [keyset.filter, { baseId }] })
      .sort(keyset.sort)
      .limit(fetchSizeFor(limit))
      .lean<ProgrammeRecord[]>();
    return pageOf(
      records,
      limit,
      LATEST_OPENING_FIRST,
      (record) => ({ value: record.opensAt, id: record._id }),
      fromRecord,
    );
  }
}

function fromRecord<T extends { _id: string }>(record: T): Omit<T, '_id'> & { id: string } {
  const { _id, ...fields } = record;
  return { id: _id, ...fields };
}
