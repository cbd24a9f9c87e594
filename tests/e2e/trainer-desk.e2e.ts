/**
 * The trainer's desk in Chromium (issue 10, items 1–2): a trainer builds a
 * class with a lock, a scheduled inject and one of their own, gets its link and briefing with a
 * QR code; a student opens the link, the locked lever is refused with its
 * reason and the inject is in the news in its month.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, openTab, shot, useBrowser } from './browser';

const browserOf = useBrowser();

describe("the trainer's desk", () => {
  it('builds a class with a lock and an inject; the student who opens its link meets both', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), { width: 1366, height: 900 });
    await page.getByRole('link', { name: "Open the trainer's desk" }).click();
    await expect.poll(() => page.getByRole('heading', { name: "The trainer's desk" }).isVisible()).toBe(true);
    await page.getByLabel('Title').fill('Class 7b: plants or stocks?');
    // A class id with a space is answered under its field, in the desk's words (trainer play-test: "$.id: …" at the foot of the page).
    await page.getByLabel('Class id (in file names and result codes)').fill('class 7b');
    // It names the space, and the field is marked invalid for a screen reader, pointing at the message.
    await expect.poll(() => page.getByTestId('field-error-id').textContent()).toMatch(/^Class id: an id: letters, digits.*\(it has a space\)$/);
    const idField = page.getByLabel('Class id (in file names and result codes)');
    expect(await idField.getAttribute('aria-invalid')).toBe('true');
    expect(await idField.getAttribute('aria-describedby')).toBe('field-error-id');
    expect(await page.getByTestId('desk-problems').textContent()).not.toContain('$.');
    const [field, error] = [
      await page.getByLabel('Class id (in file names and result codes)').boundingBox(),
      await page.getByTestId('field-error-id').boundingBox(),
    ];
    expect(error!.y - (field!.y + field!.height)).toBeLessThan(40);
    await page.getByLabel('Class id (in file names and result codes)').fill('class-7b');
    await expect.poll(() => page.getByTestId('field-error-id').count()).toBe(0);
    expect(await idField.getAttribute('aria-invalid')).toBe('false');
    await page.getByLabel('Months for the lesson (empty: the whole scenario)').fill('8');
    await page.getByRole('checkbox', { name: 'United States' }).check();
    // A lock on new plants for every nation, and the US aid freeze forced in May 2023.
    await page.getByLabel('Lever to lock').selectOption('fundPlant');
    await page.getByRole('button', { name: 'Add lock' }).click();
    await page.getByLabel('Month of the inject').selectOption('2023-05');
    await page.getByLabel('News to force').selectOption({ label: 'US aid stalls in Congress' });
    await page.getByRole('button', { name: 'Add inject' }).click();
    // And one of the trainer's own in the same month: a budget windfall for Poland.
    const own = page.getByTestId('custom-inject');
    await own.locator('summary').click();
    await own.getByLabel('Headline').fill('A windfall for Poland');
    await own.getByLabel('What the news says').fill('Warsaw finds an extra billion euros for ammunition.');
    await own.getByLabel('Effect of your inject').selectOption('funds');
    await own.getByLabel('Nation of the effect').selectOption('PL');
    await own.getByLabel('Amount of the effect').fill('1000');
    await own.getByRole('button', { name: 'Add my inject' }).click();
    const briefing = page.getByTestId('class-briefing');
    await expect.poll(() => briefing.textContent()).toContain('Inject in May 2023: A windfall for Poland.');
    await expect.poll(() => briefing.textContent()).toContain('Locked: no new plants for any nation.');
    expect(await briefing.textContent()).toContain('Inject in May 2023: US aid stalls in Congress.');
    expect(await page.getByTestId('class-qr').locator('svg').count()).toBe(1);
    // Made at 127.0.0.1, the links work on this computer only, and the desk says so (trainer play-test).
    expect(await page.getByTestId('local-link').textContent()).toContain('127.0.0.1, this computer only');
    // The printed briefing too, where its QR code would open nothing (trainer play-test: only the desk said so).
    expect(await page.getByTestId('local-link-briefing').textContent()).toContain('127.0.0.1, this computer only');
    await shot(page, 'trainer-desk');
    // The briefing prints on one A4 sheet, as the desk says (it ran onto a second page by a line).
    const pages = async () => (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
    expect(await pages()).toBe(1);
    // So does a class of teams of one nation each, whose briefing says so (trainer play-test: it read "You coordinate").
    await page.getByRole('checkbox', { name: 'Alliance coordinator (every nation)' }).uncheck();
    for (const nation of ['Germany', 'Poland', 'United Kingdom']) await page.getByRole('checkbox', { name: nation }).check();
    await expect.poll(() => briefing.textContent()).toContain('in this class each team plays one nation instead');
    expect(await pages()).toBe(1);
    await page.getByRole('checkbox', { name: 'Alliance coordinator (every nation)' }).check();

    // A broken draft is answered under the field, named by its label, and the briefing goes until it is fixed.
    await page.getByLabel('Seed').fill('NOT A SEED');
    await expect.poll(() => page.getByTestId('desk-problems').textContent()).toContain('Seed: not a seed code');
    expect(await page.getByTestId('field-error-seed').textContent()).toContain('Seed: not a seed code');
    await page.getByLabel('Seed').fill('0000-0007-S');
    await expect.poll(() => page.getByTestId('class-briefing').isVisible()).toBe(true);

    const link = await page.getByTestId('class-link').inputValue();
    // Copy says what it did (trainer play-test: no sign); headless Chromium may refuse the clipboard, and then says how.
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('desk-copy-status').textContent())
      .toMatch(/^(Link copied\.|The browser did not allow copying: the link is selected)/);
    const student = await openTab(page.context(), link);
    await student.page.getByRole('combobox', { name: /role/i }).selectOption('US');
    await student.page.getByRole('button', { name: 'Start' }).click();
    await student.page.getByRole('button', { name: 'Skip tutorial' }).click();
    // The plants are folded under their heading: a student opens them first.
    await student.page.getByTestId('plants').locator('summary').click();
    // The locked lever shows it before it is pressed (trainer play-test: it looked like any other until refused).
    const fund = student.page.getByRole('button', { name: /^Fund .*, locked by your trainer$/ }).first();
    expect(await fund.isDisabled()).toBe(true);
    expect((await fund.textContent())!.trim()).toBe('Locked');
    expect(await student.page.getByTestId('class-rules').textContent()).toContain('no new plants');
    // Only the plants say so: the levers not locked are as they were.
    expect(await student.page.getByRole('button', { name: /locked by your trainer/ }).count()).toBe(
      await student.page.getByRole('button', { name: /^Fund / }).count(),
    );
    await student.page.getByRole('button', { name: 'End turn' }).click();
    await student.page.getByRole('tab', { name: /News/ }).click();
    await expect.poll(() => student.page.locator('.news').textContent()).toContain('Inject by your trainer');
    expect(await student.page.locator('.news').textContent()).toContain('A windfall for Poland');
    expect([...errors, ...student.errors]).toEqual([]);
  });

  it('keeps the class being prepared over a reload, seed and locks included, until New class', async () => {
    const { page, errors } = await openPage(browserOf(), `${inject('baseUrl')}#/trainer`);
    const seed = page.getByLabel('Seed');
    await expect.poll(() => seed.inputValue()).not.toBe('');
    const drawn = await seed.inputValue();
    await page.getByLabel('Title').fill('Class 9: the long game');
    await page.getByLabel('Lever to lock').selectOption('fundPlant');
    await page.getByRole('button', { name: 'Add lock' }).click();
    const locked = page.getByTestId('class-briefing');
    await expect.poll(() => locked.textContent()).toContain('Locked: no new plants for any nation.');
    // The same lock again adds nothing (trainer play-test: students saw it twice).
    await page.getByRole('button', { name: 'Add lock' }).click();
    expect((await locked.textContent())!.match(/no new plants/g)).toHaveLength(1);
    // Trainer play-test: each visit to the desk drew a new seed, and the locks were gone.
    await page.reload();
    await expect.poll(() => seed.inputValue()).toBe(drawn);
    expect(await page.getByLabel('Title').inputValue()).toBe('Class 9: the long game');
    await expect.poll(() => locked.textContent()).toContain('Locked: no new plants for any nation.');
    // New class puts the class aside, and it can be had back (trainer play-test: one click lost it all).
    await page.getByRole('button', { name: 'New class' }).click();
    await expect.poll(() => seed.inputValue()).not.toBe(drawn);
    expect(await locked.textContent()).not.toContain('Locked:');
    await page.getByRole('button', { name: 'Back to “Class 9: the long game”' }).click();
    await expect.poll(() => seed.inputValue()).toBe(drawn);
    expect(await locked.textContent()).toContain('Locked: no new plants for any nation.');
    await page.getByRole('button', { name: 'New class' }).click();
    await expect.poll(() => seed.inputValue()).not.toBe(drawn);
    const fresh = await seed.inputValue();
    await page.reload();
    await expect.poll(() => seed.inputValue()).toBe(fresh);
    await shot(page, 'trainer-desk-kept');
    // What this browser kept, broken (edited by hand, say), is left: the desk opens on a new class.
    await page.evaluate(() => localStorage.setItem('rol-trainer-desk', '{"format":"race-of-logistics/class","version":1,"seed":'));
    await page.reload();
    await expect.poll(() => seed.inputValue()).not.toBe('');
    expect(await seed.inputValue()).not.toBe(fresh);
    expect(errors).toEqual([]);
  });
});
