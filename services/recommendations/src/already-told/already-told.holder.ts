import { Injectable } from '@nestjs/common';
import { VeteranDataHolder } from '@vetlink/privacy';
import { AlreadyToldLedger } from './already-told-ledger';

/** Which jobs the veteran was already told about (in Redis): jobId → the version told. */
@Injectable()
export class AlreadyToldHolder extends VeteranDataHolder {
  readonly section = 'alreadyTold';

  constructor(private readonly ledger: AlreadyToldLedger) {
    super();
  }

  async exportFor(veteranId: string): Promise<unknown> {
    return Object.fromEntries(await this.ledger.toldTo(veteranId));
  }

  async eraseFor(veteranId: string): Promise<void> {
    await this.ledger.forget(veteranId);
  }
}
