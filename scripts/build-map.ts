/**
 * Projects Natural Earth countries (world-atlas, 1:50m) once into a small
 * integer map of Europe and Ukraine: assets/map/europe.json. Run `npm run map`
 * after changing the frame; the client only reads the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_FRAME, project } from '../src/game/projection';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const countries = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

const { lonMin, lonMax, latMin, latMax } = MAP_FRAME;
const out: { id: string; name: string; rings: number[][] }[] = [];
for (const f of countries.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings: number[][] = [];
  for (const poly of polys) {
    const outer = poly[0]!;
    if (!outer.some(([lon, lat]) => lon! > lonMin - 5 && lon! < lonMax + 5 && lat! > latMin - 5 && lat! < latMax + 5)) continue;
    const flat: number[] = [];
    for (const [lon, lat] of outer) {
      const [x, y] = project(lon!, lat!);
      const rx = Math.round(x);
      const ry = Math.round(y);
      if (flat.length && flat[flat.length - 2] === rx && flat[flat.length - 1] === ry) continue;
      flat.push(rx, ry);
    }
    if (flat.length >= 6) rings.push(flat);
  }
  if (rings.length) out.push({ id: String(f.id ?? f.properties.name), name: f.properties.name, rings });
}
writeFileSync('assets/map/europe.json', JSON.stringify({ source: 'Natural Earth 1:50m via world-atlas 2.0.2', frame: MAP_FRAME, countries: out }));
console.log(`assets/map/europe.json: ${out.length} countries`);
