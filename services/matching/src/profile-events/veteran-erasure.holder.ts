import { Injectable } from '@nestjs/common';
import { VeteranDataHolder } from '@vetlink/privacy';
import { ReadModelRepository } from '../read-model/read-model.repository';
import { IndexSnapshots } from '../search/index-snapshots';
import { SearchSync } from '../search/search-sync';

/** The veteran as matching knows them: the read model's snapshot, and their place in the veterans index. */
@Injectable()
export class VeteranErasureHolder extends VeteranDataHolder {
  readonly section = 'veteran';

  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly search: SearchSync,
    private readonly snapshots: IndexSnapshots,
  ) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    return (await this.readModel.findVeteran(veteranId))?.snapshot ?? null;
  }

  /** Index first: were it to fail, the read model still has the veteran and the retried event finds both. */
  async eraseFor(veteranId: string): Promise<void> {
    await this.snapshots.indexWork(() => this.search.forgetVeteran(veteranId));
    await this.readModel.deleteVeteran(veteranId);
  }
}
