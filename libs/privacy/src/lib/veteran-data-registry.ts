import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { VeteranDataHolder } from './veteran-data-holder';

export interface VeteranDataExport {
  service: string;
  veteranId: string;
  exportedAt: string;
  sections: Record<string, unknown>;
}

/** Every VeteranDataHolder among the application's providers, by section. */
@Injectable()
export class VeteranDataRegistry implements OnApplicationBootstrap {
  private holders: VeteranDataHolder[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const found = new Set<VeteranDataHolder>();
    for (const { instance } of this.discovery.getProviders())
      if (instance instanceof VeteranDataHolder) found.add(instance);
    this.holders = [...found];
    assertUniqueSections(this.holders);
  }

  get sections(): string[] {
    return this.holders.map((holder) => holder.section);
  }

  async exportFor(service: string, veteranId: string, now: Date): Promise<VeteranDataExport> {
    const sections: Record<string, unknown> = {};
    for (const holder of this.holders) sections[holder.section] = await holder.exportFor(veteranId);
    return { service, veteranId, exportedAt: now.toISOString(), sections };
  }

  /** One holder after another; a failure stops here so that the event is retried (each step is repeatable). */
  async eraseFor(veteranId: string): Promise<void> {
    for (const holder of this.holders) await holder.eraseFor(veteranId);
  }
}

function assertUniqueSections(holders: readonly VeteranDataHolder[]): void {
  const seen = new Set<string>();
  for (const { section } of holders) {
    if (seen.has(section)) throw new Error(`two veteran data holders claim the section ${section}`);
    seen.add(section);
  }
}
