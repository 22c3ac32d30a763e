import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { VeteranDataHolder } from '@vetlink/privacy';
import { Model } from 'mongoose';
import { APPLICATION_MODEL, ApplicationRecord } from './application.schema';

/**
 * A veteran's applications. Erased, an application keeps its job, stages and dates (the employer's
 * pipeline and the bureau's counts of applications and hires stay right) but no longer says whose it
 * was: the veteran's id becomes a placeholder of its own and the cover letter goes.
 */
@Injectable()
export class ApplicantDataHolder extends VeteranDataHolder {
  readonly section = 'applications';

  constructor(@InjectModel(APPLICATION_MODEL) private readonly applications: Model<ApplicationRecord>) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    return this.applications.find({ veteranId }).lean().exec();
  }

  /** One application at a time by `_id`, each placeholder unique so (job, veteran) stays a unique key. */
  async eraseFor(veteranId: string): Promise<void> {
    const owned = await this.applications.find({ veteranId }, { _id: 1 }).lean().exec();
    for (const { _id } of owned)
      await this.applications
        .updateOne({ _id }, { $set: { veteranId: erasedApplicant(_id) }, $unset: { coverLetter: 1 } })
        .exec();
  }
}

export function erasedApplicant(applicationId: string): string {
  return `erased-applicant-${applicationId}`;
}
