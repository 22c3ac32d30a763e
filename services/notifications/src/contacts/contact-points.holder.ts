import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { VeteranDataHolder } from '@vetlink/privacy';
import { Model } from 'mongoose';
import { CONTACT_CHANNELS, ContactPointsRepository } from './contact-points.repository';
import { CONTACT_POINTS_MODEL, ContactPointsRecord } from './contact-points.schema';

/** The veteran's contact points, decrypted for their own export (they are the veteran's own data). */
@Injectable()
export class ContactPointsHolder extends VeteranDataHolder {
  readonly section = 'contactPoints';

  constructor(
    private readonly contacts: ContactPointsRepository,
    @InjectModel(CONTACT_POINTS_MODEL) private readonly records: Model<ContactPointsRecord>,
  ) {
    super();
  }

  async exportFor(userId: string): Promise<unknown> {
    const entries = await Promise.all(
      CONTACT_CHANNELS.map(async (channel) => [channel, await this.contacts.addressFor(userId, channel)]),
    );
    return Object.fromEntries(entries);
  }

  async eraseFor(userId: string): Promise<void> {
    await this.records.deleteOne({ _id: userId }).exec();
  }
}
