import { Logger } from '@nestjs/common';
import { RouteRule } from '../routing/domain/route-rule';
import { Upstream } from '../proxy/upstream-forwarder';
import { AssembledDocument, assembleOpenApi, OpenApiDocument } from './domain/assemble-openapi';

const INFO = {
  title: 'vetlink API',
  version: '1',
  description:
    'The public API of vetlink, one origin for every service. Sign in with POST /api/auth/sign-in and send ' +
    'the access token as `Authorization: Bearer <token>`; each service checks it again.',
};
const FETCH_TIMEOUT_MS = 3000;
const RETRY_AFTER_MS = 2_000;

/**
 * Reads each service's `/docs/openapi.json` and assembles the public document. A service that was not
 * up yet is asked again on a later request for the document (at most every 2 s), so the gateway can
 * start before the services it fronts.
 */
export class DocsAssembler {
  private readonly logger = new Logger(DocsAssembler.name);
  private readonly documents = new Map<string, OpenApiDocument | undefined>();
  private assembled?: AssembledDocument;
  private lastAttempt = 0;
  private refreshing?: Promise<void>;

  constructor(
    private readonly rules: readonly RouteRule[],
    private readonly upstreams: readonly Upstream[],
  ) {}

  async current(): Promise<AssembledDocument> {
    if (
      !this.assembled ||
      (this.assembled.missing.length > 0 && Date.now() - this.lastAttempt > RETRY_AFTER_MS)
    )
      await this.refresh();
    return this.assembled ?? assembleOpenApi(this.rules, this.documents, INFO);
  }

  refresh(): Promise<void> {
    this.refreshing ??= this.readMissing()
      .catch((error: Error) =>
        this.logger.error(`the OpenAPI document could not be assembled: ${error.message}`),
      )
      .finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async readMissing(): Promise<void> {
    this.lastAttempt = Date.now();
    await Promise.all(
      this.upstreams
        .filter((upstream) => !this.documents.get(upstream.name))
        .map(async (upstream) => this.documents.set(upstream.name, await this.fetchDocument(upstream))),
    );
    this.assembled = assembleOpenApi(this.rules, this.documents, INFO);
    if (this.assembled.unrouted.length > 0)
      this.logger.warn(`documented but not routed: ${this.assembled.unrouted.join('; ')}`);
  }

  private async fetchDocument(upstream: Upstream): Promise<OpenApiDocument | undefined> {
    try {
      const answer = await fetch(`${upstream.baseUrl}/docs/openapi.json`, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!answer.ok) return undefined;
      const document = (await answer.json()) as Partial<OpenApiDocument> | null;
      // Anything but an OpenAPI document counts as not read (and is asked for again later).
      return document && typeof document.paths === 'object' && document.paths !== null
        ? (document as OpenApiDocument)
        : undefined;
    } catch {
      return undefined;
    }
  }
}
