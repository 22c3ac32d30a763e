import { isOnGrid, TimeWindow } from './availability';
import { minutesOf } from './shanghai';

export interface WindowIssue {
  field: string;
  message: string;
}

/**
 * What is wrong with one day's windows: each on the 15-minute grid, ending after it starts, and none
 * overlapping another (two windows that touch are fine). `path` prefixes the field names.
 */
export function windowProblems(windows: readonly TimeWindow[], path: string): WindowIssue[] {
  const issues: WindowIssue[] = [];
  windows.forEach((window, index) => {
    const start = minutesOf(window.start);
    const end = minutesOf(window.end);
    if (!isOnGrid(start) || !isOnGrid(end))
      issues.push({
        field: `${path}.${index}`,
        message: 'starts and ends on a quarter hour (:00, :15, :30, :45)',
      });
    if (end <= start) issues.push({ field: `${path}.${index}.end`, message: 'must be after start' });
  });
  const sorted = [...windows].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let index = 1; index < sorted.length; index++)
    if (minutesOf(sorted[index].start) < minutesOf(sorted[index - 1].end))
      issues.push({
        field: path,
        message: `${sorted[index - 1].start}-${sorted[index - 1].end} and ${sorted[index].start}-${sorted[index].end} overlap`,
      });
  return issues;
}
