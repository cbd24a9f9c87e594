/**
 * The historical policy on the full campaign lands inside the bands taken from
 * calibration-facts.md (the same measurement writes docs/calibration.md).
 */
import { describe, expect, it } from 'vitest';
import { BANDS, measureCalibration } from '../../src/cli/calibration';

const bands = measureCalibration(5);

describe('calibration against the record (historical policy, full campaign, median of 5 seeds)', () => {
  it.each(BANDS.map((b) => [b.what, b.id] as const))('%s', (_what, id) => {
    const band = bands.find((b) => b.id === id)!;
    expect(band.value, `${band.what}: ${band.source}`).toBeGreaterThanOrEqual(band.low);
    expect(band.value, `${band.what}: ${band.source}`).toBeLessThanOrEqual(band.high);
  });
});
