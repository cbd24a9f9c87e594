/**
 * The map draws only when something on it changes: it sleeps once still, and
 * wakes for the pointer (a tooltip) and for a new month (its flows and marks).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './browser';
import { importEntry } from '../../src/game/map-sites';

const browserOf = useBrowser();

interface MapHandle {
  loop: { running: boolean };
  registry: { get(key: string): unknown };
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

describe("the map's frame", () => {
  it('fills its box, with no sea-coloured margin above or below where Norway and Russia are cut off', async () => {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const { page, errors } = await openPage(browserOf(), inject('baseUrl'), size);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Skip tutorial' }).click();
      await page.locator('#map canvas').waitFor();
      const gaps = await page.evaluate(() => {
        const box = document.getElementById('map')!.getBoundingClientRect();
        const canvas = document.querySelector('#map canvas')!.getBoundingClientRect();
        const key = document.querySelector('.map-key')!.getBoundingClientRect();
        return { above: Math.round(canvas.top - box.top), below: Math.round(box.bottom - canvas.bottom), keyGap: Math.round(key.top - canvas.bottom) };
      });
      // A margin left or right is allowed in a short, wide window; none above or below, and the key right under the map.
      expect({ size, ...gaps }).toEqual({ size, above: 0, below: 0, keyGap: 0 });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe("the map's import lines", () => {
  it('say where they come from, inside the map (play-test: red lines left the map unexplained)', async () => {
    const { page, errors } = await openPage(browserOf(), inject('baseUrl'), { width: 1280, height: 720 });
    await page.getByRole('combobox', { name: /^Scenario/ }).selectOption('race-in-a-lesson');
    await page.getByLabel('Seed').fill('RACE-2023-X');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Skip tutorial' }).click();
    await page.locator('#map canvas').waitFor();
    type Label = { text: string; x: number; y: number; w: number; h: number };
    const labels = () => page.evaluate(() => (window as unknown as { __rolMap: MapHandle }).__rolMap.registry.get('importLabels') as Label[] | undefined);
    // Aug 2023 – Jan 2024: North Korea's shells arrive from September (Iran's too, in a war whose seed sends them then).
    for (const turn of ['Feb 2023 – Jul 2023', 'Aug 2023 – Jan 2024']) {
      await page.getByRole('button', { name: 'End turn' }).click();
      await expect.poll(() => page.getByRole('heading', { name: `${turn}: what changed` }).isVisible()).toBe(true);
    }
    await expect.poll(async () => (await labels())?.map((l) => l.text)).toContain('imports from North Korea →');
    const drawn = (await labels())!;
    for (const l of drawn) {
      expect(l.text).toMatch(/^imports from (North Korea|Iran) →$/);
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.w).toBeLessThanOrEqual(1000);
      expect(l.y + l.h).toBeLessThanOrEqual(740);
    }
    // No sector badge (drawn centred on x, y) hides an import label, whichever edge the label comes in by.
    type Badge = { x: number; y: number; w: number; h: number };
    const badges = (await page.evaluate(() => (window as unknown as { __rolMap: MapHandle }).__rolMap.registry.get('sectorBadges'))) as Badge[];
    expect(badges).toHaveLength(5);
    // Iran's label, where the scene would draw it (at most as wide as North Korea's), though this war has none yet.
    const [ix, iy] = importEntry('Iran');
    const iran = { x: ix - 4 - drawn[0]!.w, y: iy + 6, w: drawn[0]!.w, h: drawn[0]!.h };
    for (const l of [...drawn, iran])
      for (const b of badges) {
        const apart = l.x + l.w <= b.x - b.w / 2 || l.x >= b.x + b.w / 2 || l.y + l.h <= b.y - b.h / 2 || l.y >= b.y + b.h / 2;
        expect(apart, `${JSON.stringify(l)} and the badge at ${b.x}, ${b.y}`).toBe(true);
      }
    expect(errors).toEqual([]);
  });
});
