/**
 * The first page a veteran opens (sign-in), cold cache: BENCH_RUNS (10) fresh phone contexts of Debian's
 * Chromium open it from the built portal served as `npm start` serves it, and the browser's navigation
 * timing is read. Prints the load time (median, p90, max), what was transferred, and the bundle by role
 * (gzip), so "≤ 2 s with a cold cache" and "code split per role" are figures, not assertions.
 *
 *   npx nx run e2e-portal:bench          # builds the portal first
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, phone } from '../test/support/browser';
import { deskFiles, openFirstPage, otherRolesFiles } from '../test/support/first-page';
import { PORTAL_ORIGIN, PortalServer } from '../test/support/portal-server';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
const ASSETS = resolve(__dirname, '../../../dist/portal/assets');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function gzipKiB(files: string[]): number {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(ASSETS, file))).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

async function main(): Promise<void> {
  // the sign-in page asks the gateway nothing before a person types: any address will do
  const portal = new PortalServer('http://127.0.0.1:3000', '/tmp/vetlink-first-page-bench.log');
  await portal.start();
  const browser = await launchChromium();
  const loads: number[] = [];
  let last = { transferredKiB: 0, files: [] as string[] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await phone(browser);
      const timing = await openFirstPage(await context.newPage(), PORTAL_ORIGIN);
      await context.close();
      if (otherRolesFiles(timing).length > 0)
        throw new Error(`desk code on the first page: ${otherRolesFiles(timing)}`);
      loads.push(timing.loadMs);
      last = timing;
    }
  } finally {
    await browser.close();
    await portal.stop();
  }
  loads.sort((a, b) => a - b);
  const assets = readdirSync(ASSETS);
  const desk = deskFiles();
  const firstPage = last.files.filter((file) => assets.includes(file));
  console.log(`first page (sign-in), ${RUNS} cold loads at a phone viewport`);
  console.log(
    `  load event: median ${percentile(loads, 50)} ms, p90 ${percentile(loads, 90)} ms, max ${loads.at(-1)} ms`,
  );
  console.log(
    `  transferred ${last.transferredKiB} KiB in ${last.files.length + 1} files (${gzipKiB(firstPage)} KiB of it scripts and styles, gzip)`,
  );
  console.log(
    `  whole portal ${gzipKiB(assets)} KiB gzip; employers' and officers' pages ${gzipKiB([...desk].filter((f) => assets.includes(f)))} KiB of it, none loaded first`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
