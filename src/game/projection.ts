/**
 * The map's projection: equirectangular scaled by cos 50° (so Europe keeps
 * its shape at these latitudes) into a virtual canvas of MAP_FRAME.width ×
 * height. Display only, never used by the simulation.
 */
export const MAP_FRAME = { lonMin: -11, lonMax: 46, latMin: 35, latMax: 62, width: 1000, height: 740 } as const;

const COS50 = 0.6427876;
const scale = MAP_FRAME.width / ((MAP_FRAME.lonMax - MAP_FRAME.lonMin) * COS50);

export function project(lon: number, lat: number): [number, number] {
  return [(lon - MAP_FRAME.lonMin) * COS50 * scale, (MAP_FRAME.latMax - lat) * scale];
}
