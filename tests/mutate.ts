/**
 * Mutations for the fuzz tests: a seeded generator that deletes, replaces,
 * scales, adds and duplicates values at random paths of a JSON document, and
 * the check every refusal must pass (problems that each name a JSON path).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { expect } from 'vitest';
import type { Problem } from '../src/scenario/validate';

export type MutableJson = null | boolean | number | string | MutableJson[] | { [k: string]: MutableJson };

export function mutator(seed: number) {
  const rng = xoroshiro128plus(seed);
  const pick = <T>(xs: readonly T[]): T => xs[uniformInt(rng, 0, xs.length - 1)]!;
  const JUNK: unknown[] = [null, -1, 0, 1.5, 1e20, '', 'x', '2023-13', true, [], {}, [1, 2], { kind: 'nope' }, 'shell', 10001, -10001];

  /** Every path to a value in the tree. */
  function paths(v: MutableJson, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(prefix);
    if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k]!, [...prefix, k], out);
    return out;
  }

  function mutate(doc: MutableJson, allPaths: (string | number)[][]): MutableJson {
    const copy = JSON.parse(JSON.stringify(doc)) as MutableJson;
    const times = uniformInt(rng, 1, 3);
    for (let t = 0; t < times; t++) {
      const path = pick(allPaths);
      if (path.length === 0) continue;
      let parent = copy as Record<string | number, MutableJson>;
      for (const key of path.slice(0, -1)) parent = (parent?.[key] ?? {}) as Record<string | number, MutableJson>;
      const last = path[path.length - 1]!;
      if (parent === null || typeof parent !== 'object') continue;
      switch (uniformInt(rng, 0, 5)) {
        case 0:
          if (Array.isArray(parent)) parent.splice(Number(last), 1);
          else delete parent[last];
          break;
        case 1:
          parent[last] = structuredClone(pick(JUNK)) as MutableJson;
          break;
        case 2:
          if (typeof parent[last] === 'number') parent[last] = (parent[last] as number) * pick([-1, 2, 1000, 0]) + pick([0, 1, -1]);
          else parent[last] = structuredClone(pick(JUNK)) as MutableJson;
          break;
        case 3:
          if (!Array.isArray(parent)) parent[`extra${uniformInt(rng, 0, 9)}`] = 1;
          break;
        case 4:
          if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(parent[Number(last)] ?? null)) as MutableJson);
          break;
        default:
          if (typeof parent[last] === 'string') parent[last] = pick(['', 'US', 'DE', 'nobody', '2030-01', 'ukraine', 'UA']);
      }
    }
    return copy;
  }

  function expectPaths(problems: Problem[]) {
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.path).toMatch(/^\$/);
      expect(p.message.length).toBeGreaterThan(0);
    }
  }

  return { rng, mutate, paths, expectPaths, pick };
}
