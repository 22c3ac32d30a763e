import { Inject, Injectable } from '@nestjs/common';
import { Clock, CLOCK } from '@vetlink/clock';
import { VeteranDataHolder } from '@vetlink/privacy';
import { ApplicationsRepository, toApplication, toRecord } from './applications.repository';
import { SYSTEM_ACTOR } from './domain/application';
import { anonymised, erasedFounder } from './domain/erasure';

const ATTEMPTS = 5;

/**
 * A veteran's startup applications (as founder, with their audit trail) and their entries in others'
 * teams. Erased, each application is anonymised through a versioned change like any other (so a decision
 * taken at the same moment cannot write the id back) rather than deleted: the bureau counts applications,
 * admissions and outcomes. The trail's snapshots lose the veteran too.
 */
@Injectable()
export class ApplicationRecordsHolder extends VeteranDataHolder {
  readonly section = 'applications';

  constructor(
    private readonly applications: ApplicationsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    const founded = await this.applications.list({ founderId: veteranId }, 1000);
    const member = await this.applications.list(
      { founderId: { $ne: veteranId }, 'team.veteranId': veteranId },
      1000,
    );
    return {
      founded: await Promise.all(
        founded.map(async (application) => ({
          application,
          auditTrail: await this.applications.changesOf(application.id),
        })),
      ),
      teamMemberOf: member.map((application) => ({
        applicationId: application.id,
        ventureName: application.venture.name,
        entry: application.team.find((entry) => entry.veteranId === veteranId),
      })),
    };
  }

  async eraseFor(veteranId: string): Promise<void> {
    for (const id of await this.applications.idsNaming(veteranId)) {
      await this.anonymise(id, veteranId);
      await this.applications.rewriteTrail(id, (record) => ({
        after: toRecord(anonymised(toApplication(record.after), veteranId)),
        events: [],
        by: record.by.userId === veteranId ? { ...record.by, userId: erasedFounder(id) } : record.by,
      }));
    }
  }

  private async anonymise(applicationId: string, veteranId: string): Promise<void> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const application = await this.applications.find(applicationId);
      if (!application) return;
      const next = anonymised(application, veteranId);
      if (JSON.stringify(next) === JSON.stringify(application)) return;
      const at = this.clock.now();
      const committed = await this.applications.commit(
        application,
        { ...next, updatedAt: at },
        {
          action: 'erase',
          by: SYSTEM_ACTOR,
          at,
          reason: 'a veteran named in it was erased at their request',
        },
        [],
      );
      if (committed) return;
    }
    throw new Error(
      `application ${applicationId} kept changing while it was being anonymised; the erasure will be retried`,
    );
  }
}
