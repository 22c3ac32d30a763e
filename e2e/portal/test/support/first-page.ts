import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export interface FirstPageTiming {
  /** navigation start to the end of the load event */
  loadMs: number;
  transferredKiB: number;
  /** every file the page fetched, by name */
  files: string[];
}

/** Opens the sign-in page, the first page a veteran sees, and reads the browser's own timings. */
export async function openFirstPage(page: Page, origin: string): Promise<FirstPageTiming> {
  await page.goto(`${origin}/sign-in`, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      loadMs: Math.round(navigation!.loadEventEnd - navigation!.startTime),
      transferredKiB: Math.round(
        [navigation!, ...resources].reduce((sum, entry) => sum + entry.transferSize, 0) / 1024,
      ),
      files: resources.map((entry) => entry.name.replace(/^.*\//, '')),
    };
  });
}

const REPO_ROOT = resolve(__dirname, '../../../..');

/** The files of the employers' and officers' pages and layout, from the build's manifest. */
export function deskFiles(): Set<string> {
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, 'dist/portal/.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string; src?: string; css?: string[] }>;
  const desk = Object.values(manifest).filter((chunk) =>
    /^src\/(pages\/(employer|officer)\/|layouts\/DeskLayout)/.test(chunk.src ?? ''),
  );
  return new Set(
    desk.flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])].map((file) => file.replace(/^.*\//, ''))),
  );
}

/** Files of another role's pages among those the first page fetched: there must be none. */
export function otherRolesFiles(timing: FirstPageTiming): string[] {
  const desk = deskFiles();
  if (desk.size === 0) throw new Error('the manifest names no employer or officer page');
  return timing.files.filter((file) => desk.has(file));
}
