/** The built page carries a Content-Security-Policy and still plays under it; only live regions announce. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

describe('the built page', () => {
  it('carries a CSP that allows no inline script and no eval, and a month plays under it with no violation', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // An inline script is refused by the policy.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    errors.length = 0;
    await page.getByLabel('Seed').fill('RACE-2023-X');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.locator('#map canvas').waitFor();
    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => page.getByTestId('month').textContent()).toContain('Mar 2023');
    expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
  });

  it('does not announce the whole app: only the month summary and order results are live regions', async () => {
    const { page } = await openPage(browserOf(), inject('baseUrl'));
    expect(await page.locator('#app').getAttribute('aria-live')).toBeNull();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    expect(await page.getByTestId('live').getAttribute('aria-live')).toBe('polite');
  });
});
