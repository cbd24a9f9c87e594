/**
 * Where things are on the map. Plants in North America go to an inset box;
 * everything else is projected with the map's own projection.
 */
import type { ScenarioFile } from '../scenario/schema';
import { project } from './projection';

export const INSET = { x: 14, y: 14, w: 210, h: 120, lonMin: -125, lonMax: -65, latMin: 25, latMax: 50 } as const;

/** Moscow, for Russian production; Kyiv, where deliveries enter Ukraine. */
export const MOSCOW = project(37.62, 55.75);
export const KYIV = project(30.52, 50.45);
/** North Korean supply arrives by rail from the east edge; Iranian across the Caspian. */
export const EAST_EDGE = project(46, 54);
export const CASPIAN = project(46, 44);

/** Where a supplier's shells enter the map: Iran's across the Caspian, any other's (North Korea's) by rail from the east. */
export function importEntry(source: string): [number, number] {
  return source === 'Iran' ? CASPIAN : EAST_EDGE;
}

export function place(lon: number, lat: number): [number, number] {
  if (lon < -30) {
    const x = INSET.x + ((lon - INSET.lonMin) / (INSET.lonMax - INSET.lonMin)) * INSET.w;
    const y = INSET.y + ((INSET.latMax - lat) / (INSET.latMax - INSET.latMin)) * INSET.h;
    return [x, y];
  }
  return project(lon, lat);
}

/** Site of a line, by its id or the template it was built from (`<template>-<n>`). */
export function siteOf(sc: ScenarioFile, lineId: string): [number, number] | null {
  const line = sc.lines.find((l) => l.id === lineId);
  if (line?.site) return place(line.site[0], line.site[1]);
  const t = sc.plantTemplates.find((x) => lineId.startsWith(`${x.id}-`));
  return t?.site ? place(t.site[0], t.site[1]) : null;
}

export function sectorSite(sc: ScenarioFile, sectorId: string): [number, number] | null {
  const s = sc.sectors.find((x) => x.id === sectorId);
  return s?.site ? project(s.site[0], s.site[1]) : null;
}
