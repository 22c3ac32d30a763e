import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AggregateWriter, OutboxRelayHost, PendingEvent } from '@vetlink/messaging';
import { FieldCipher, findPage, KeysetOrder, Page, createIndexesAtStartup } from '@vetlink/persistence';
import { FilterQuery, Model } from 'mongoose';
import { Employer, EmployerContact, EmployerVerification } from './domain/employer';
import type { Industry } from '@vetlink/taxonomy';
import { EMPLOYER_MODEL, EmployerRecord } from './employer.schema';

export type EmployerProfileChanges = Partial<{
  industry: Industry;
  cityId: string;
  contact: EmployerContact;
}>;

export interface EmployerFilter {
  verified?: boolean;
  cityId?: string;
}

const NEWEST_FIRST: KeysetOrder = { field: 'createdAt', direction: 'desc' };

@Injectable()
export class EmployersRepository implements OnModuleInit {
  private readonly writer: AggregateWriter<EmployerRecord>;

  constructor(
    @InjectModel(EMPLOYER_MODEL) private readonly employers: Model<EmployerRecord>,
    private readonly cipher: FieldCipher,
    outbox: OutboxRelayHost,
  ) {
    this.writer = outbox.writerFor(employers);
  }

  async onModuleInit() {
    await createIndexesAtStartup([() => this.employers.createIndexes()]);
  }

  /** Rejects with a duplicate-key error when the organisation or its credit code is already registered. */
  async insert(employer: Employer, events: readonly PendingEvent[]): Promise<void> {
    await this.writer.insert(this.toRecord(employer), events);
  }

  async findById(id: string): Promise<Employer | undefined> {
    const record = await this.employers.findById(id).lean<EmployerRecord>();
    return record ? this.toEmployer(record) : undefined;
  }

  async findByCreditCode(creditCode: string): Promise<Employer | undefined> {
    const record = await this.employers.findOne({ creditCode }).lean<EmployerRecord>();
    return record ? this.toEmployer(record) : undefined;
  }

  async updateProfile(id: string, changes: EmployerProfileChanges, now: Date): Promise<Employer | undefined> {
    const { contact, ...plain } = changes;
    const stored = contact ? { ...plain, contact: this.protect(id, contact) } : plain;
    // Through the writer even without events: a plain findOneAndUpdate would send FerretDB a projection
    // to leave out the outbox field, which its findAndModify does not implement.
    const record = await this.writer.update({ _id: id }, { $set: { ...stored, updatedAt: now } }, []);
    return record ? this.toEmployer(record) : undefined;
  }

  /** Records the verification unless one exists already; undefined when nothing changed. */
  async markVerified(
    id: string,
    verification: EmployerVerification,
    events: readonly PendingEvent[],
  ): Promise<Employer | undefined> {
    const record = await this.writer.update(
      { _id: id, verification: { $exists: false } },
      { $set: { verification, updatedAt: verification.verifiedAt } },
      events,
    );
    return record ? this.toEmployer(record) : undefined;
  }

  async list(filter: EmployerFilter, limit: number, cursor?: string): Promise<Page<Employer>> {
    const conditions: FilterQuery<EmployerRecord>[] = [];
    if (filter.verified !== undefined) conditions.push({ verification: { $exists: filter.verified } });
    if (filter.cityId) conditions.push({ cityId: filter.cityId });
    return findPage(this.employers, conditions, {
      order: NEWEST_FIRST,
      limit,
      cursor,
      toItem: (record) => this.toEmployer(record),
    });
  }

  private protect(id: string, contact: EmployerContact): EmployerRecord['contact'] {
    return { name: contact.name, encryptedPhone: this.cipher.encrypt(contact.phone, phoneContext(id)) };
  }

  private toRecord(employer: Employer): EmployerRecord {
    const { id, contact, ...fields } = employer;
    return { _id: id, ...fields, contact: this.protect(id, contact) };
  }

  private toEmployer(record: EmployerRecord): Employer {
    return {
      id: record._id,
      name: record.name,
      creditCode: record.creditCode,
      industry: record.industry,
      cityId: record.cityId,
      contact: { name: record.contact.name, phone: this.phoneOf(record) },
      ...(record.verification
        ? {
            verification: {
              verifiedAt: record.verification.verifiedAt,
              verifiedBy: record.verification.verifiedBy,
            },
          }
        : {}),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
  }

  /** Employers registered before phones were encrypted keep theirs in clear until `reencrypt` runs. */
  private phoneOf(record: EmployerRecord): string {
    const { encryptedPhone, phone } = record.contact as EmployerRecord['contact'] & { phone?: string };
    return encryptedPhone ? this.cipher.decrypt(encryptedPhone, phoneContext(record._id)) : (phone as string);
  }
}

/** Binds a phone's ciphertext to its employer: copied to another, it fails to decrypt. */
export function phoneContext(employerId: string): string {
  return `employers.contact.phone:${employerId}`;
}
