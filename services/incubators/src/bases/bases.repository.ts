import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { BASE_MODEL, BaseRecord, PROGRAMME_MODEL, ProgrammeRecord } from './base.schema';
import type { Base, SpaceType } from './domain/base';
import type { Programme } from './domain/programme';
import { createIndexesAtStartup, findPage, KeysetOrder, Page } from '@vetlink/persistence';

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
    return findPage(this.bases, cityId ? { cityId } : {}, {
      order: BY_NAME,
      limit,
      cursor,
      toItem: fromRecord,
    });
  }

  async programmesOf(baseId: string, limit: number, cursor?: string): Promise<Page<Programme>> {
    return findPage(
      this.programmes,
      { baseId },
      { order: LATEST_OPENING_FIRST, limit, cursor, toItem: fromRecord },
    );
  }
}

function fromRecord<T extends { _id: string }>(record: T): Omit<T, '_id'> & { id: string } {
  const { _id, ...fields } = record;
  return { id: _id, ...fields };
}
