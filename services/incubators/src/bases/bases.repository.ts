import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { BASE_MODEL, BaseRecord, PROGRAMME_MODEL, ProgrammeRecord } from './base.schema';
import type { Base, SpaceType } from './domain/base';
import type { Programme } from './domain/programme';
import { createIndexesAtStartup } from '@vetlink/persistence';

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

  async listBases(cityId: string | undefined, limit: number): Promise<Base[]> {
    const records = await this.bases
      .find(cityId ? { cityId } : {})
      .sort({ name: 1 })
      .limit(limit)
      .lean<BaseRecord[]>();
    return records.map(fromRecord);
  }

  async programmesOf(baseId: string, limit: number): Promise<Programme[]> {
    const records = await this.programmes
      .find({ baseId })
      .sort({ opensAt: -1 })
      .limit(limit)
      .lean<ProgrammeRecord[]>();
    return records.map(fromRecord);
  }
}

function fromRecord<T extends { _id: string }>(record: T): Omit<T, '_id'> & { id: string } {
  const { _id, ...fields } = record;
  return { id: _id, ...fields };
}
