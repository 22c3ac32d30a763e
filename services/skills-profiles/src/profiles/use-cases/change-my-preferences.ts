import { Injectable } from '@nestjs/common';
import type { JobSeekingStatus } from '@vetlink/contracts';
import { NotificationPreferences, VeteranProfile } from '@vetlink/profiles';
import { ProfileWriter } from '../profile-writer';

/** The two settings a veteran changes most often, each on its own so that a client need not send the profile. */
@Injectable()
export class ChangeMyPreferences {
  constructor(private readonly writer: ProfileWriter) {}

  jobSeekingStatus(veteranId: string, status: JobSeekingStatus): Promise<VeteranProfile> {
    return this.writer.change(veteranId, (content) => ({ ...content, jobSeekingStatus: status }));
  }

  notifications(veteranId: string, changes: Partial<NotificationPreferences>): Promise<VeteranProfile> {
    return this.writer.change(veteranId, (content) => ({
      ...content,
      notificationPreferences: { ...content.notificationPreferences, ...changes },
    }));
  }
}
