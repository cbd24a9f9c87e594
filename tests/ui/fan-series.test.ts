/**
 * The Odds tab's fan charts: the band eight futures in ten stay inside is shaded between its upper and
 * lower lines whichever way is better for the player (hobbyist play-test: the Russian gains and fire ratio
 * fans, where less is better, drew no band), and the dashed lines are named hopeful and gloomy for the player.
 */
import { describe, expect, it } from 'vitest';
import { fanSeries } from '../../src/ui/play/odds/fan-series';

const bands = [
  { p10: 100, p50: 150, p90: 300 },
  { p10: 200, p50: 260, p90: 500 },
];

describe('fan series', () => {
  for (const higherIsBetter of [true, false])
    it(`shade the band from its upper line down to its lower one (${higherIsBetter ? 'more' : 'less'} is better)`, () => {
      const s = fanSeries({ id: 'x', title: 'x', bands, color: '#b3261e', higherIsBetter });
      const [upper, lower] = s.band!.map((i) => s.lines[i]!.values);
      upper!.forEach((v, m) => expect(v).toBeGreaterThan(lower![m]!));
    });

  it('name the line better for the player hopeful and the other gloomy', () => {
    const labels = (higherIsBetter: boolean) => fanSeries({ id: 'x', title: 'x', bands, color: '#1f5fa8', higherIsBetter }).lines.map((l) => l.label);
    expect(labels(true)).toEqual(['hopeful (p90)', 'likely (p50)', 'gloomy (p10)']);
    expect(labels(false)).toEqual(['gloomy (p90)', 'likely (p50)', 'hopeful (p10)']);
  });
});
