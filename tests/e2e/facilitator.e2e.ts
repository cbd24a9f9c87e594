/**
 * Facilitator mode on the projector (issue 10, item 3): the trainer pauses
 * (End turn is off with the reason shown), fires an event now (it is news at
 * once), hides the intelligence on Russia, shows the big-type class view, and
 * the replay of that game verifies in Node with the trainer's controls in it.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, shot, useBrowser, verifyInNode } from './browser';

const browserOf = useBrowser();

describe('the trainer at the front of the room', () => {
  it('pauses, fires an inject now, hides and shows, and the replay of the facilitated game verifies in Node', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByRole('checkbox', { name: /^Trainer's controls/ }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    const end = page.getByRole('button', { name: 'End turn' });

    await page.getByRole('button', { name: 'Pause the class' }).click();
    expect(await end.isDisabled()).toBe(true);
    expect(await page.getByTestId('paused').textContent()).toBe('Paused by your trainer');

    // An event from 2024 fired in the first turn: it is news now, by the trainer.
    await page.getByRole('combobox', { name: 'Inject to fire now' }).selectOption('czech-initiative');
    await page.getByRole('button', { name: 'Fire now' }).click();
    await page.getByRole('tab', { name: 'News & intelligence' }).click();
    expect(await page.getByTestId('inject-now').textContent()).toMatch(/Now, by your trainer\s+Czech initiative finds shells abroad\./);

    await page.getByRole('button', { name: 'Hide the intelligence on Russia' }).click();
    expect(await page.locator('#intel-title').textContent()).toBe('Ukraine');
    expect(await page.getByRole('tabpanel').textContent()).toContain('Your trainer has hidden the intelligence on Russia');

    await page.getByRole('button', { name: 'Class view (big type)' }).click();
    expect(await page.getByTestId('class-view').locator('h2').textContent()).toMatch(/turn 1 of 4 · paused$/);
    expect(await page.getByTestId('class-view').textContent()).not.toContain('Russian fire');
    await shot(page, 'facilitator-class-view');
    await page.getByRole('button', { name: 'Back to the panels' }).click();

    await page.getByRole('button', { name: 'Resume the class' }).click();
    expect(await end.isDisabled()).toBe(false);
    for (let i = 0; i < 8 && !(await page.getByTestId('grade').isVisible()); i++) await end.click();
    await expect.poll(() => page.getByTestId('grade').isVisible(), { timeout: 30_000 }).toBe(true);

    const cli = await verifyInNode(page);
    const replay = cli.replay as { turns: { orders: { kind: string; actor: string }[] }[] };
    expect(replay.turns[0]!.orders.filter((o) => o.actor === 'trainer').map((o) => o.kind)).toEqual(['facilitate', 'inject', 'facilitate', 'facilitate']);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`final hash ${await page.getByTestId('final-hash').textContent()}`);
    expect(errors).toEqual([]);
  });
});
