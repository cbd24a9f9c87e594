/**
 * The map draws only when something on it changes: it sleeps once still, and
 * wakes for the pointer (a tooltip) and for a new month (its flows and marks).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browserOf = useBrowser();

interface MapHandle {
  loop: { running: boolean };
  canvas: HTMLCanvasElement;
  scene: { getScene(key: string): { tooltip: { visible: boolean }; markers: { list: { x: number; y: number; input?: unknown }[] } } };
}

const running = (page: Page) => page.evaluate(() => (window as unknown as { __rolMap: MapHandle }).__rolMap.loop.running);

/** Where on the page the first plant marker is (the map is scaled to fit its box). */
const firstMarker = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __rolMap: MapHandle }).__rolMap;
    const marker = map.scene.getScene('map').markers.list.find((o) => o.input)!;
    const box = map.canvas.getBoundingClientRect();
    const k = box.width / 1000;
    return { x: box.left + marker.x * k, y: box.top + marker.y * k };
  });

describe('the map at rest', () => {
  it('sleeps when still, wakes to show a tooltip under the pointer, and again for a new month', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.locator('#map canvas').waitFor();
    await expect.poll(() => running(page), { timeout: 10_000 }).toBe(false);

    const at = await firstMarker(page);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => running(page)).toBe(true);
    const tooltipShown = () => page.evaluate(() => (window as unknown as { __rolMap: MapHandle }).__rolMap.scene.getScene('map').tooltip.visible);
    await expect.poll(tooltipShown).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => running(page), { timeout: 10_000 }).toBe(false);

    await page.getByRole('button', { name: 'End month' }).click();
    await expect.poll(() => running(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});
