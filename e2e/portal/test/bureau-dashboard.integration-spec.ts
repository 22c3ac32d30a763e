import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '@vetlink/testing';
import { employerRegistration, truckDriverJob } from '@vetlink/e2e-scenarios/bodies';
import { ApiClient } from '@vetlink/e2e-scenarios/client';
import { OWN_EVENTS_ONLY } from '@vetlink/e2e-scenarios/own-events';
import { People, Person } from '@vetlink/e2e-scenarios/people';
import { Platform } from '@vetlink/e2e-scenarios/platform';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPage, desktop, launchChromium, SCREENSHOTS } from './support/browser';
import { PORTAL_ORIGIN, PortalServer } from './support/portal-server';
import { signIn } from './support/sign-in';

/**
 * The bureau's dashboard at an officer's desk: an employer of Changzhou registers, is verified, posts
 * and publishes a job, a veteran applies and is hired; Changzhou's officer (a city bureau's, so the
 * figures of that city only) opens the dashboard, and every number of its tables is the figures API's
 * for the same months and city; the CSV export saves the same rows, the Excel export a workbook.
 */
const SERVICES = ['accounts', 'gateway', 'job-postings', 'insights'];
const STARTED_AT_END = { 'insights.events': OWN_EVENTS_ONLY['insights.events']! };
/** A city other journeys do not post in, so that figures of parallel runs do not move under the test. */
const CITY = 'changzhou';

interface FigureRow {
  period: string;
  cityId?: string;
  figures: Record<string, number | null>;
}

/** The month (YYYY-MM) in Shanghai, where the figures' days are counted. */
function shanghaiMonth(at = Date.now()): string {
  return new Date(at + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** The dashboard's default question: the twelve months up to this one, each month, by city. */
function dashboardQuery(): string {
  const [year, month] = shanghaiMonth().split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return `from=${first}&to=${last}&period=month&by=city`;
}

/** What a table cell says, as a number: thousands separators dropped (money is in yuan). */
function numberIn(text: string): number {
  return Number(text.trim().replace(/,/g, ''));
}

/** The API's figure as the dashboard shows it: fen in yuan. */
function shown(figure: string, value: number): number {
  return figure.endsWith('-fen') ? value / 100 : value;
}

describe("e2e: the bureau's dashboard shows the figures API's numbers, as charts, tables and exports", () => {
  const platform = new Platform(SERVICES, STARTED_AT_END, {
    gateway: { GATEWAY_CORS_ORIGINS: PORTAL_ORIGIN },
  });
  let portal: PortalServer;
  let api: ApiClient;
  let people: People;
  let cityOfficer: Person;
  let provincial: Person;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const figureRows = async (officer = cityOfficer, cityId?: string): Promise<FigureRow[]> => {
    const city = cityId ? `&cityId=${cityId}` : '';
    const table = await api.expect(200, 'GET', `/api/figures?${dashboardQuery()}${city}`, {
      token: officer.token,
    });
    return table.rows as FigureRow[];
  };

  /** Every cell of the page's tables: section, figure, month (or city), and the number shown. */
  const pageCells = (
    on: Page,
  ): Promise<{ section: string; figure: string; month?: string; city?: string; text: string }[]> =>
    on.$$eval('table[data-section] td[data-figure]', (cells) =>
      cells.map((cell) => ({
        section: cell.closest('table')!.getAttribute('data-section')!,
        figure: cell.getAttribute('data-figure')!,
        ...(cell.getAttribute('data-month') ? { month: cell.getAttribute('data-month')! } : {}),
        ...(cell.getAttribute('data-city') ? { city: cell.getAttribute('data-city')! } : {}),
        text: cell.textContent ?? '',
      })),
    );

  /** Each cell's difference from the API's rows (empty when the page shows exactly the API's figures). */
  const differences = async (on: Page, officer = cityOfficer, cityId?: string): Promise<string[]> => {
    const rows = await figureRows(officer, cityId);
    const sum = (figure: string, keep: (row: FigureRow) => boolean) =>
      rows.filter(keep).reduce((acc, row) => acc + (row.figures[figure] ?? 0), 0);
    const cells = await pageCells(on);
    if (cells.length === 0) return ['no table cells on the page'];
    return cells.flatMap((cell) => {
      const expected = shown(
        cell.figure,
        cell.city
          ? sum(cell.figure, (row) => (row.cityId ?? 'unknown') === cell.city)
          : cell.month === 'total'
            ? sum(cell.figure, () => true)
            : sum(cell.figure, (row) => row.period === cell.month),
      );
      return numberIn(cell.text) === expected
        ? []
        : [
            `${cell.section} ${cell.figure} ${cell.month ?? cell.city}: page ${cell.text.trim()}, API ${expected}`,
          ];
    });
  };

  /**
   * Waits until every cell equals the API's answer to the same question. Another run's event in the
   * same city may land between the page's request and the test's: then "show" asks again.
   */
  const agreeWithApi = async (on: Page, officer: Person, cityId?: string): Promise<void> => {
    await waitFor(
      async () => {
        if ((await differences(on, officer, cityId)).length === 0) return true;
        await on.getByTestId('dashboard-show').click();
        await on.locator('table[data-section="outcomes"]').waitFor();
        return undefined;
      },
      { timeoutMs: 45_000, intervalMs: 1_000, what: "the page's tables to equal the figures API's" },
    ).catch(() => undefined);
    expect(await differences(on, officer, cityId)).toEqual([]);
  };

  const openDashboard = async (on: Page, officer: Person): Promise<void> => {
    await signIn(on, officer.login);
    await on.getByRole('link', { name: '数据看板' }).click();
    await on.getByRole('heading', { level: 1, name: '退役军人就业服务数据看板' }).waitFor();
    await on.locator('table[data-section="outcomes"]').waitFor({ timeout: 45_000 });
  };

  beforeAll(async () => {
    await platform.start();
    portal = new PortalServer(platform.gatewayUrl, join(SCREENSHOTS, '..', 'portal-server-dashboard.log'));
    await portal.start();
    api = new ApiClient(platform.gatewayUrl);
    people = new People(api, platform);
    provincial = await people.officer('dashboard-province');
    cityOfficer = await people.staff('officer', 'dashboard-changzhou', CITY);

    // An employer of Changzhou, verified by the provincial bureau, publishes a veteran-priority job.
    const name = '常州门户e2e看板城配物流有限公司';
    const employer = await people.employer('dashboard-employer', name);
    await people.created(
      'POST',
      '/api/employers',
      { ...employerRegistration(name), cityId: CITY },
      employer.token,
    );
    await api.expect(200, 'POST', `/api/employers/${employer.organisationId}/verification`, {
      token: provincial.token,
      body: {},
    });
    const job = await people.created(
      'POST',
      '/api/jobs',
      truckDriverJob({
        description: '负责常州天宁区内城市配送，驾驶轻型货车，按线路完成每日配送任务，退役军人优先。',
        location: {
          cityId: CITY,
          districtId: 'changzhou-tianning',
          address: '天宁区青洋北路 100 号',
          lat: 31.7797,
          lng: 119.9747,
        },
      }),
      employer.token,
    );
    await api.expect(200, 'POST', `/api/jobs/${job.id}/publish`, { token: employer.token });

    // A veteran applies and the employer hires them: an application and a hire in Changzhou.
    const veteran = await people.veteran('dashboard-veteran');
    const application = await api.expect(201, 'POST', `/api/jobs/${job.id}/applications`, {
      token: veteran.token,
      body: { coverLetter: '五年汽车兵，持C1驾照。' },
    });
    for (const stage of ['viewed', 'interview', 'offer', 'hired'])
      await api.expect(200, 'POST', `/api/applications/${application.id}/stage`, {
        token: employer.token,
        body: { stage },
      });

    // Insights counts them from the events; the page is opened once the API has all four.
    const month = shanghaiMonth();
    await waitFor(
      async () => {
        const row = (await figureRows()).find((one) => one.period === month && one.cityId === CITY);
        const figures = row?.figures ?? {};
        return ['positions-posted', 'employers-verified', 'applications', 'hires'].every(
          (figure) => (figures[figure] ?? 0) >= 1,
        );
      },
      {
        timeoutMs: 60_000,
        intervalMs: 500,
        what: "Changzhou's figures to count the job, employer, application and hire",
      },
    );

    browser = await launchChromium();
    context = await desktop(browser);
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await portal?.stop();
    await platform?.stop();
  });

  it("a city's officer opens the dashboard from the menu: every number in its tables is the API's for the same months and city", async () => {
    await openDashboard(page, cityOfficer);

    // A city bureau's officer sees their own city only: the city cannot be changed.
    await page.getByText('您所在的城市局只能查看本市数据。').waitFor();
    expect(await page.locator('#dashboard-city').isDisabled()).toBe(true);
    // Each chart is described for screen readers; its table beside it is the accessible form.
    expect(await page.locator('[role="img"][aria-label*="按月柱状图"]').count()).toBe(7);
    expect(await page.locator('.figure-section svg').count()).toBeGreaterThanOrEqual(7);

    const cells = await pageCells(page);
    const month = shanghaiMonth();
    const hires = cells.find(
      (cell) => cell.section === 'outcomes' && cell.figure === 'hires' && cell.month === month,
    );
    expect(numberIn(hires?.text ?? '0')).toBeGreaterThanOrEqual(1);
    await agreeWithApi(page, cityOfficer);

    // The definitions come with the figures, on each column and in each section's details.
    await page.locator('section[aria-labelledby="section-outcomes"] summary').click();
    await page.getByText('指标口径').first().waitFor();
    expect(await checkPage(page, 'desk-dashboard')).toEqual([]);
  }, 120_000);

  it('the export saves the same figures: the CSV row by row, and an Excel workbook', async () => {
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(
      new RegExp(`^vetlink-figures-${CITY}-\\d{4}-\\d{2}-\\d{4}-\\d{2}\\.csv$`),
    );
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    const header = lines[1]!.split(',');
    const csvRows = lines.slice(2).map((line) => {
      const values = line.split(',');
      return Object.fromEntries(header.map((column, index) => [column, values[index]]));
    });
    const rows = await figureRows();
    expect(csvRows.length).toBe(rows.length);
    for (const row of rows) {
      const line = csvRows.find((one) => one['period'] === row.period && one['cityId'] === row.cityId);
      expect(line).toBeDefined();
      for (const [figure, value] of Object.entries(row.figures))
        expect({ figure, value: line![figure] === '' ? null : Number(line![figure]) }).toEqual({
          figure,
          value,
        });
    }
    expect(await page.getByRole('status').filter({ hasText: csv.suggestedFilename() }).count()).toBe(1);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    // an .xlsx is a zip archive: it starts with the local file header "PK"
    expect(
      readFileSync((await xlsx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    expect(await checkPage(page, 'desk-dashboard-exported')).toEqual([]);
  }, 120_000);

  it("the provincial bureau's officer sees every city, and a city chosen shows that city's figures as the API answers them", async () => {
    const province = await desktop(browser);
    try {
      const desk = await province.newPage();
      await openDashboard(desk, provincial);
      expect(await desk.locator('#dashboard-city').isDisabled()).toBe(false);
      // every city's totals side by side, Changzhou's hire among them
      const changzhouHires = desk.locator('td[data-figure="hires"][data-city="changzhou"]');
      expect(numberIn((await changzhouHires.textContent()) ?? '0')).toBeGreaterThanOrEqual(1);

      await desk.locator('#dashboard-city').click({ force: true });
      await desk.getByRole('option', { name: '常州市', exact: true }).click();
      await desk.getByTestId('dashboard-show').click();
      await desk.locator('caption', { hasText: '求职与录用：按月份（常州市）' }).waitFor();
      await agreeWithApi(desk, provincial, CITY);
      expect(await checkPage(desk, 'desk-dashboard-province-city')).toEqual([]);
    } finally {
      await province.close();
    }
  }, 120_000);
});
