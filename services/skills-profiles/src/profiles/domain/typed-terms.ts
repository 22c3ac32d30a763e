import { resolveTerm, textTermId, type ResolvableKind, type TermResolution } from '@vetlink/taxonomy';

/** One typed term and what became of it, as the API answers it. */
export interface TermOutcome {
  field: string;
  text: string;
  id?: string;
  kind?: ResolvableKind;
  confidence?: number;
  method?: TermResolution['method'];
}

export interface TermReport {
  resolved: TermOutcome[];
  kept: TermOutcome[];
}

export const emptyTermReport = (): TermReport => ({ resolved: [], kept: [] });

/**
 * Reads typed terms as taxonomy entries of the given kinds ("班长" typed among specialties is a post
 * held, a role). Returns the ids found per kind; what the taxonomy does not know is reported as kept.
 */
export function resolveTyped(
  field: string,
  typed: readonly string[],
  kinds: readonly ResolvableKind[],
  report: TermReport,
): Map<ResolvableKind, string[]> {
  const ids = new Map<ResolvableKind, string[]>(kinds.map((kind) => [kind, []]));
  for (const text of typed) {
    const resolution = resolveTerm(kinds, text);
    if (!resolution) {
      report.kept.push({ field, text });
      continue;
    }
    report.resolved.push({
      field,
      text,
      id: resolution.id,
      kind: resolution.kind,
      confidence: resolution.confidence,
      method: resolution.method,
    });
    const list = ids.get(resolution.kind) ?? [];
    if (!list.includes(resolution.id)) list.push(resolution.id);
    ids.set(resolution.kind, list);
  }
  return ids;
}

/**
 * Certificates held, typed: one the taxonomy does not know is kept as an id of its text (textTermId),
 * so that it meets a job that requires the same certificate by name.
 */
export function resolveTypedCertificates(typed: readonly string[], report: TermReport): string[] {
  const ids = typed.map((text) => {
    const resolution = resolveTerm(['certificate'], text);
    if (resolution) {
      report.resolved.push({ field: 'certificates', text, id: resolution.id, kind: 'certificate' });
      return resolution.id;
    }
    report.kept.push({ field: 'certificates', text });
    return textTermId(text);
  });
  return [...new Set(ids)];
}

export function mergeIds(given: readonly string[], added: readonly string[] | undefined): string[] {
  return [...new Set([...given, ...(added ?? [])])];
}

/** The terms typed in one field that the taxonomy did not know, once each, as typed. */
export function keptTexts(report: TermReport, field: string): string[] {
  return [...new Set(report.kept.filter((term) => term.field === field).map((term) => term.text))];
}
