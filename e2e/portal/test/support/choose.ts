import type { Page } from 'playwright-core';

/**
 * Picks an option of an Element Plus select as a person does: a tap where the input is (its placeholder
 * lies over it), then the option. A tap that lands while the select is still settling can leave the list
 * closed: then tap again, up to three times. A single choice closes the list; a multiple one is closed
 * with Escape, out of the way of the next field's tap.
 */
export async function choose(
  page: Page,
  selector: string,
  option: string,
  { multiple = false } = {},
): Promise<void> {
  const item = page.getByRole('option', { name: option, exact: true });
  for (let attempt = 1; ; attempt++) {
    await page.locator(selector).click({ force: true });
    try {
      await item.waitFor({ timeout: 5_000 });
      break;
    } catch (notShown) {
      if (attempt === 3) throw notShown;
    }
  }
  await item.click();
  if (multiple) await page.keyboard.press('Escape');
  else await item.waitFor({ state: 'hidden' });
}
