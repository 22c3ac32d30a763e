import { Injectable } from '@nestjs/common';
import { createLogger } from '@vetlink/logging';
import type { VeteranForMatching } from '@vetlink/matching-score';
import type { DigestTask } from '../digests/digest-task';
import { matchingInputsOf } from '../read-model/domain/matching-inputs';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { SERVICE_NAME } from '../service-name';
import { RunVeterans } from './run-veterans';

/**
 * A digest's veteran: as the fan-out stored them for the run, or, when the run's store no longer holds
 * them (a digest retried after the run, a job queued by an older version), from the read model by `_id`.
 * Either way through `matchingInputsOf`, so a malformed stored profile is repaired, never thrown on.
 */
@Injectable()
export class VeteranInputs {
  private readonly logger = createLogger({ service: SERVICE_NAME }).child({ component: 'digest-runs' });

  constructor(
    private readonly runVeterans: RunVeterans,
    private readonly readModel: ReadModelRepository,
  ) {}

  /** Null when the read model no longer knows the veteran (erased since the fan-out). */
  async forDigest(task: DigestTask): Promise<VeteranForMatching | null> {
    const stored = await this.runVeterans.inputsOf(task.runId, task.veteranId);
    if (stored) return stored;
    const record = await this.readModel.findVeteran(task.veteranId);
    return record ? this.fromSnapshot(record.snapshot) : null;
  }

  /** What the score may read of a stored snapshot; says which fields it had to repair (names only). */
  fromSnapshot(snapshot: unknown): VeteranForMatching | null {
    const inputs = matchingInputsOf(snapshot);
    if (!inputs) {
      this.logger.warn('a stored veteran profile without a readable id was left out of the digest');
      return null;
    }
    if (inputs.repaired.length > 0)
      this.logger.warn(
        { veteranId: inputs.veteran.veteranId, repaired: inputs.repaired },
        'malformed fields of a stored veteran profile repaired for the digest',
      );
    return inputs.veteran;
  }
}
