/**
 * A sector's label on the map: its name, last month's fire ratio, and what moved. The map scene draws it;
 * kept apart from Phaser so its wording is tested in Node.
 */
import { fmt, fmtRatio } from '../share/text/numbers';
import type { SectorState } from '../sim/types';

/** "Kharkiv 7.7:1 ▼274", "Kherson 2.1:1 ▲12", "Donetsk 3.0:1 ■", "Luhansk 11.8:1 all taken". */
export function sectorLabel(name: string, sector: Readonly<SectorState>): string {
  const gained = sector.lastGainKm2;
  // A sector Russia holds whole takes nothing more however hard it is pressed: said, or "11.8:1 ■" read as a
  // pressure that achieved nothing (play-test: "pressed hardest in Luhansk" beside Luhansk's ■).
  const arrow = gained > 0 ? '▼' : gained < 0 ? '▲' : sector.ukraineHeldKm2 <= 0 ? 'all taken' : '■';
  // A map label has room for a short name; the full one is in the tooltip and the Map details tab.
  const short = name.length > 16 ? `${name.slice(0, 15)}…` : name;
  return `${short} ${sector.lastRatioBp ? fmtRatio(sector.lastRatioBp) : ''} ${arrow}${gained ? fmt(Math.abs(gained)) : ''}`;
}
