import { createHash } from 'node:crypto';
import { listEntries } from '@vetlink/taxonomy';
import { jobIndexSettings, veteranIndexSettings } from './index-settings';
import { SEARCH_DOCUMENT_VERSION } from './search-documents';

/**
 * What a snapshot of this service's indexes must have been made with to be restored: the index names,
 * both indexes' settings, the documents' version and the taxonomy they are derived from. Any change of
 * these gives another label, and a snapshot with another label is rebuilt from the read model instead.
 */
export function indexSnapshotLabel(prefix: string): string {
  const madeWith = JSON.stringify({
    prefix,
    jobs: jobIndexSettings(),
    veterans: veteranIndexSettings(),
    documents: SEARCH_DOCUMENT_VERSION,
    taxonomy: [listEntries('occupation'), listEntries('skill'), listEntries('certificate')],
  });
  return `${prefix}:${createHash('sha256').update(madeWith).digest('hex').slice(0, 16)}`;
}
