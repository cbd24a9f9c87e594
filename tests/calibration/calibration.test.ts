/**
 * The historical policy on the full campaign lands inside the bands taken from
 * calibration-facts.md (the same measurement writes docs/calibration.md). It
 * plays whole campaigns, so it runs in the `slow` project, in beforeAll.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BANDS, measureCalibration, type Band } from '../../src/cli/calibration';

let bands: Band[] = [];

beforeAll(() => {
  bands = measureCalibration(5);
});

describe('calibration against the record (historical policy, full campaign, median of 5 seeds)', () => {
  it.each(BANDS.map((b) => [b.what, b.id] as const))('%s', (_what, id) => {
    const band = bands.find((b) => b.id === id);
    if (!band) throw new Error(`band ${id} was not measured`);
    expect(band.value, `${band.what}: ${band.source}`).toBeGreaterThanOrEqual(band.low);
    expect(band.value, `${band.what}: ${band.source}`).toBeLessThanOrEqual(band.high);
  });
});
