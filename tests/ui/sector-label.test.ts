/** A sector's label on the map says what moved there last month, and says so when Russia holds all of it. */
import { describe, expect, it } from 'vitest';
import { sectorLabel } from '../../src/game/sector-label';
import type { SectorState } from '../../src/sim/types';
import { game } from '../helpers';

const sector = (x: Partial<SectorState>): SectorState => ({ ...game().sectors[0]!, ...x });

describe("a sector's label on the map", () => {
  it('gives the ratio and the km² taken or taken back, or ■ when the line held', () => {
    expect(sectorLabel('Kharkiv', sector({ lastRatioBp: 77_000, lastGainKm2: 274, ukraineHeldKm2: 20_000 }))).toBe('Kharkiv 7.7:1 ▼274');
    expect(sectorLabel('Kherson', sector({ lastRatioBp: 21_000, lastGainKm2: -12, ukraineHeldKm2: 20_000 }))).toBe('Kherson 2.1:1 ▲12');
    expect(sectorLabel('Donetsk', sector({ lastRatioBp: 30_000, lastGainKm2: 0, ukraineHeldKm2: 9_000 }))).toBe('Donetsk 3.0:1 ■');
  });

  it('says "all taken" where Russia holds the whole sector, not ■ beside a ratio that took nothing (play-test: Luhansk 11.8:1 ■)', () => {
    expect(sectorLabel('Luhansk', sector({ lastRatioBp: 118_000, lastGainKm2: 0, ukraineHeldKm2: 0 }))).toBe('Luhansk 11.8:1 all taken');
  });
});
