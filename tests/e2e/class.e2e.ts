/**
 * A class link in Chromium (issue 10): the student opens the trainer's link,
 * the menu names the class and the team's role, the decisions panel lists the
 * locked levers, a locked lever is refused "locked by your trainer", and the
 * trainer's inject is in the news in its month.
 */
import { describe, expect, inject, it } from 'vitest';
import { makeClassLink } from '../../src/share/class-link';
import { aClass } from '../class-fixture';
import { openPage, shot, useBrowser } from './browser';

const browserOf = useBrowser();

// Eight months: two turns (six months and two), the forced aid freeze in July, at the end of the first.
const lesson = aClass({ months: 8, injects: [{ month: '2023-07', event: 'us-aid-freeze' }] });

describe('a class link', () => {
  it('starts the class for its team: locks shown, and their buttons off, before they are pressed; the inject in the news in its month', async () => {
    const link = makeClassLink(inject('baseUrl'), lesson, 'US');
    const { page, errors } = await openPage(browserOf(), link);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Class 7b: plants or stocks? Your team plays United States. Press Start.');
    // A title that says "Class" already is not prefixed with it again (play-test: "Class: Class: …").
    expect(await page.getByRole('alert').textContent()).not.toContain('Class: Class');
    // The menu offers the class's roles (the United States and Poland), and teams taking turns on one laptop, not every role.
    const roles = await page.getByLabel('Your role').locator('option').allTextContents();
    expect(roles.map((r) => r.split(' (')[0])).toEqual(['United States', 'Poland', 'Teams taking turns on this laptop']);
    // The briefing is the coordinator's; a team of one nation is told its part (trainer play-test: "You coordinate").
    expect(await page.getByTestId('briefing-role').textContent()).toContain('you play United States alone');
    // The class's Start comes before the live class's join form, which a class link does not need.
    const [start, join] = [
      await page.getByRole('button', { name: 'Start' }).boundingBox(),
      await page.getByRole('heading', { name: 'Join a live class' }).boundingBox(),
    ];
    expect(start!.y).toBeLessThan(join!.y);
    // The class's game is the only scenario on offer; the others wait behind Leave the class (trainer play-test: it listed them all).
    expect(await page.getByLabel('Scenario').locator('option').allTextContents()).toEqual(['Class 7b: plants or stocks? · about 40 min']);
    // The class's seed is the class's war: it cannot be changed (trainer play-test: New seed left the class's war).
    expect(await page.getByLabel('Seed').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'New seed' }).count()).toBe(0);
    // Teams on one laptop play the class's roles, one team to each (trainer play-test: it offered all eleven nations).
    await page.getByLabel('Your role').selectOption('hotseat');
    const teams = page.getByTestId('teams');
    expect(await teams.locator('tbody th').allTextContents()).toEqual(['United States', 'Poland']);
    expect(await teams.getByRole('radio', { name: 'United States: Team 1' }).isChecked()).toBe(true);
    expect(await teams.getByRole('radio', { name: 'Poland: Team 2' }).isChecked()).toBe(true);
    // Another role chosen, the line names it (student play-test: it still named the link's role).
    await page.getByLabel('Your role').selectOption('PL');
    expect(await page.getByRole('alert').textContent()).toContain('Your team plays Poland. Press Start.');
    await page.getByLabel('Your role').selectOption('US');
    expect(await page.getByRole('alert').textContent()).toContain('Your team plays United States. Press Start.');
    await page.getByRole('button', { name: 'Start' }).click();
    // The first tip of a class game is its rules, in sight (play-test: the first tip scrolled the panel past them).
    const tip = page.getByRole('complementary', { name: /^Tutorial/ });
    await expect.poll(() => tip.getByRole('heading').textContent()).toBe("Tutorial 1/8: Your trainer's rules");
    const rules = page.getByTestId('class-rules');
    await page.waitForTimeout(600);
    const inPanel = () =>
      rules.evaluate((el) => {
        const [r, p] = [el.getBoundingClientRect(), el.closest('#panel')!.getBoundingClientRect()];
        return r.top >= p.top && r.bottom <= p.bottom;
      });
    expect(await inPanel()).toBe(true);
    await shot(page, 'class-rules-tip');
    await tip.getByRole('button', { name: 'Next tip' }).click();
    await expect.poll(() => tip.getByRole('heading').textContent()).toBe('Tutorial 2/8: Stocks are quick but finite');
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await expect.poll(() => rules.textContent()).toContain('no new plants');
    expect(await rules.textContent()).toContain('Hidden in this class: the intelligence on Russia');
    await shot(page, 'class-rules');
    // The plants are folded under their heading, whose line says the lock first (it read "15 to fund").
    expect(await page.getByTestId('plants').locator('summary').first().textContent()).toContain('locked by your trainer: none to fund');
    await page.getByTestId('plants').locator('summary').click();
    // A locked lever says so before it is pressed (trainer play-test: it looked like any other until refused).
    const fund = page
      .getByTestId('plants')
      .getByRole('button', { name: /^Fund / })
      .first();
    expect(await fund.isDisabled()).toBe(true);
    expect(await fund.getAttribute('aria-label')).toMatch(/, locked by your trainer$/);
    // An order given far down the panel is answered in sight where the button was pressed (play-test: the answer sat
    // 3,000 px above it, unseen): an explosive plant, the last lever of the panel.
    await page.getByTestId('input-plants').locator('summary').click();
    await page
      .getByTestId('input-plants')
      .getByRole('button', { name: /^Fund / })
      .first()
      .click();
    await expect.poll(() => page.getByTestId('order-result').count()).toBe(1);
    const [said, panel] = [await page.getByTestId('order-result').boundingBox(), await page.locator('#panel').boundingBox()];
    expect(await page.locator('#panel').evaluate((p) => p.scrollTop)).toBeGreaterThan(300);
    expect(said!.y).toBeGreaterThanOrEqual(panel!.y - 1);
    expect(said!.y + said!.height).toBeLessThanOrEqual(panel!.y + panel!.height);
    await shot(page, 'class-order-answered');
    await page.getByRole('button', { name: 'Dismiss this message' }).click();
    expect(await page.getByTestId('order-result').count()).toBe(0);
    // A contract for Ukraine, signed before the freeze: its shells will wait in depots.
    await page.getByRole('button', { name: 'Negotiate 155 mm shells with Rheinmetall' }).click();
    const dialog = page.getByRole('dialog', { name: 'Negotiate with Rheinmetall' });
    // A team of one nation has no one to pool an order with: no empty "Pooled order" box (student play-test).
    expect(await dialog.getByRole('group', { name: /Pooled order/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Send offer' }).click();
    await expect.poll(() => dialog.getByTestId('firm-answer').textContent()).toContain('accepted');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // Shells drafted on the slider and not sent, before the freeze.
    await page.locator('#draw-shell').fill('100000');
    await expect.poll(() => page.locator('#draw-shell-effect').textContent()).not.toMatch(/^0 now/);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.getByRole('tab', { name: /News/ }).click();
    const news = page.locator('.news');
    await expect.poll(() => news.textContent()).toContain('Inject by your trainer');
    await shot(page, 'class-inject');
    // The forced aid freeze is said where the student acts: the stocks cannot be sent, before anything is tried.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await expect.poll(() => page.getByTestId('aid-frozen').textContent()).toMatch(/United States['’]? aid is frozen through/);
    expect(await page.locator('#draw-shell').isDisabled()).toBe(true);
    // The draft from before the freeze is not shown as sendable (student play-test: the disabled slider read "134,000 now").
    expect(await page.locator('#draw-shell-effect').textContent()).toMatch(/^0 now/);
    // And by the contracts, where a student looks for the shells that did not arrive (student play-test: only the full report said so).
    // (Its shells are counted there once some wait: none do yet, as the freeze began at the end of the first turn.)
    expect((await page.getByTestId('aid-held-US').textContent())!.replace(/\s+/g, ' ').trim()).toMatch(
      /^United States['’]? aid is frozen through \w+ \d{4}: its contracts' deliveries for Ukraine wait in its depots and go on to Ukraine in \w+ \d{4}\.$/,
    );
    expect(errors).toEqual([]);
  });

  it('stops the slider of a nation the class keeps above its readiness floor at that floor', async () => {
    const { page, errors } = await openPage(browserOf(), makeClassLink(inject('baseUrl'), lesson, 'PL'));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Your team plays Poland.');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    // Trainer play-test: the slider reached below the floor, and the refusal came only after Send.
    const effect = page.locator('#draw-shell-effect');
    const [, stock, floor] = (await effect.textContent())!.match(/stock after ([\d,]+) \(readiness floor ([\d,]+)/)!;
    const num = (x: string) => Number(x.replace(/,/g, ''));
    expect(Number(await page.locator('#draw-shell').getAttribute('max'))).toBe(num(stock!) - num(floor!));
    expect(await effect.textContent()).toContain("your trainer keeps Poland's stocks at the readiness floor or above");
    await page.locator('#draw-shell').fill(String(num(stock!)));
    const after = async () => num((await effect.textContent())!.match(/stock after ([\d,]+)/)![1]!);
    await expect.poll(after).toBeLessThan(num(stock!));
    expect(await after()).toBeGreaterThanOrEqual(num(floor!));
    expect(await effect.textContent()).not.toContain('below the floor');
    expect(errors).toEqual([]);
  });

  it('a link for no one role asks for the team’s role; leaving the class brings every scenario back, a seed of its own, and a reload stays out of the class', async () => {
    // The class's link for no one role (trainer play-test: every team of the main link played the United States, unasked).
    const { page, errors } = await openPage(browserOf(), makeClassLink(inject('baseUrl'), lesson));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Your team plays United States unless your trainer gave you another role: choose it under Your role. Press Start.');
    await page.getByLabel('Your role').selectOption('PL');
    expect(await page.getByRole('alert').textContent()).toContain('Your team plays Poland. Press Start.');
    await page.getByRole('button', { name: 'Leave the class: every scenario' }).click();
    const scenarios = async () => (await page.getByLabel('Scenario').locator('option').allTextContents()).map((x) => x.split(' · ')[0]);
    expect(await scenarios()).toContain('The race of logistics (Feb 2023 – Dec 2024)');
    expect(await scenarios()).not.toContain('Class 7b: plants or stocks?');
    expect(await page.getByLabel('Seed').getAttribute('readonly')).toBeNull();
    expect(await page.getByLabel('Seed').inputValue()).not.toBe(lesson.seed);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.reload();
    await expect.poll(scenarios).toContain('The race of logistics (Feb 2023 – Dec 2024)');
    expect(await page.getByRole('button', { name: /Leave the class/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a long class title whole in the game’s top bar, on two lines (trainer play-test: it was cut)', async () => {
    const title = 'Year 10 History, group B: why Europe’s shells took two years to come';
    const { page, errors } = await openPage(browserOf(), makeClassLink(inject('baseUrl'), aClass({ title }), 'US'));
    await page.getByRole('button', { name: 'Start' }).click();
    const bar = page.locator('.hud-title strong');
    await expect.poll(() => bar.textContent()).toBe(title);
    const fits = () =>
      bar.evaluate((e) => ({
        cut: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1,
        lines: Math.round(e.clientHeight / parseFloat(getComputedStyle(e).lineHeight)),
      }));
    expect(await fits()).toEqual({ cut: false, lines: 2 });
    await shot(page, 'class-long-title');
    expect(errors).toEqual([]);
  });

  it('a cut link is answered on the menu, which stays usable', async () => {
    const link = makeClassLink(inject('baseUrl'), lesson);
    const { page, errors } = await openPage(browserOf(), link.slice(0, link.indexOf('c=') + 40));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('This class link cannot be opened: the class in the link is cut short or mistyped');
    expect(await page.getByRole('button', { name: 'Start' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
