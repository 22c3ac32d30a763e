/** What the API said it made of the free text of one job or profile (`termResolution` in its answer). */
export interface ResolutionNote {
  kind: 'job' | 'profile';
  source: string;
  resolution: unknown;
}

interface TermOutcome {
  field: string;
  text: string;
  id?: string;
  kind?: string;
  confidence?: number;
}

/**
 * Prints how many typed mentions the API resolved to taxonomy ids, how many it kept as text (still used
 * in matching), and lists the ones kept, so that gaps in the taxonomy are visible run after run.
 */
export function reportTermResolution(notes: readonly ResolutionNote[]): void {
  const outcomes = notes.flatMap((note) => {
    const resolution = note.resolution as { resolved?: TermOutcome[]; kept?: TermOutcome[] } | undefined;
    return [
      ...(resolution?.resolved ?? []).map((term) => ({ ...term, resolved: true })),
      ...(resolution?.kept ?? []).map((term) => ({ ...term, resolved: false })),
    ];
  });
  if (outcomes.length === 0) {
    console.log('term resolution: the API reported none');
    return;
  }
  const byField = new Map<string, { resolved: number; kept: string[] }>();
  for (const outcome of outcomes) {
    const row = byField.get(outcome.field) ?? { resolved: 0, kept: [] };
    if (outcome.resolved) row.resolved += 1;
    else row.kept.push(outcome.text);
    byField.set(outcome.field, row);
  }
  console.log('\nterm resolution (mentions: resolved to an id / kept as text and used):');
  for (const [field, row] of [...byField].sort()) {
    const total = row.resolved + row.kept.length;
    console.log(`  ${field.padEnd(34)} ${row.resolved}/${total} resolved, ${row.kept.length} kept`);
    if (row.kept.length > 0) console.log(`    kept: ${[...new Set(row.kept)].join('、')}`);
  }
}
