/**
 * The state hash is what replays, saves and result codes are checked by: a
 * change anywhere in the state must change it (or a tampered save would
 * verify), and nothing but the values may (or a save that went through JSON
 * would not).
 */
import { describe, expect, it } from 'vitest';
import { hashState } from '../../src/sim/hash';
import { POLICIES } from '../../src/sim/policies';
import { ordersForTurn } from '../../src/sim/replay';
import { previewOrders, resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState } from '../../src/sim/types';
import { game, shipped } from '../helpers';

type Path = (string | number)[];
type Leaf = number | string | boolean;

function leaves(value: unknown, path: Path = [], out: { path: Path; value: Leaf }[] = []): { path: Path; value: Leaf }[] {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') out.push({ path, value });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

function changed(v: Leaf): Leaf {
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'string') return `${v}x`;
  return !v;
}

function withLeaf(s: GameState, path: Path, v: Leaf): GameState {
  const copy = structuredClone(s);
  let at = copy as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = v;
  return copy;
}

/** The same data with every object's keys in reverse order. */
function keysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((k) => [k, keysReversed((value as Record<string, unknown>)[k])]),
  );
}

/**
 * Two months of the balanced policy on the default scenario, then the third
 * month's orders applied (not resolved): shifts pending, offers counted this
 * turn, Russian imports and surges, input shocks and Ukrainian requests in
 * play. Lists the game had left empty get one entry each, so every field of
 * every kind of entry is a leaf below.
 */
function busyState(): GameState {
  const c = shipped();
  let s = game(2, c);
  const all = s.nations.map((n) => n.id);
  for (let i = 0; i < 2; i++) s = resolveTurn(c, s, ordersForTurn(c, s, [], POLICIES.balanced, all), { explain: false }).state;
  s = previewOrders(c, s, POLICIES.balanced(c, s, all)).state;
  const ru = s.russia;
  if (!ru.surges.length) ru.surges.push({ deltaBp: 5000, untilMonth: s.month + 2, eventId: 'surge' });
  if (!ru.imports.length) ru.imports.push({ source: 'Iran', eventId: 'imports', perMonth: 30_000, untilMonth: s.month + 3 });
  if (!s.inputs.shocks.length) s.inputs.shocks.push({ input: 'propellant', cutBp: 2000, untilMonth: s.month + 1, source: 'shock' });
  const line = s.lines.find((l) => l.status === 'running')!;
  if (!s.lines.some((l) => l.shiftPayers.length)) line.shiftPayers.push('US');
  if (!s.lines.some((l) => l.pendingShifts.length)) line.pendingShifts.push({ readyMonth: s.month + 2, payer: 'US' });
  return s;
}

describe('the state hash', () => {
  const s = busyState();
  const base = hashState(s);
  const all = leaves(s);

  it('is taken over a state where every kind of entry is present', () => {
    const covered = (prefix: string) => all.some((l) => l.path.join('.').startsWith(prefix));
    for (const prefix of [
      'offersThisTurn.',
      'russia.imports.0',
      'russia.surges.0',
      'inputs.shocks.0',
      'requests.0',
      'lines.',
      'contracts.',
      'firms.0.trustBp.',
      'rng.ai.0',
      'tally.madeLastMonth.',
    ])
      expect(covered(prefix), prefix).toBe(true);
    expect(all.some((l) => /^lines\.\d+\.pendingShifts\.0\.payer$/.test(l.path.join('.')))).toBe(true);
    expect(all.some((l) => /^lines\.\d+\.shiftPayers\.0$/.test(l.path.join('.')))).toBe(true);
    expect(all.length).toBeGreaterThan(1000);
  });

  it('changes when any single number, string or boolean in the state changes', () => {
    const missed: string[] = [];
    for (const { path, value } of all) if (hashState(withLeaf(s, path, changed(value))) === base) missed.push(path.join('.'));
    expect(missed).toEqual([]);
  });

  it('does not change when the keys of every object come in another order', () => {
    const reversed = keysReversed(s) as GameState;
    expect(Object.keys(reversed)[0]).toBe(Object.keys(s).at(-1));
    expect(hashState(reversed)).toBe(base);
    expect(hashState(JSON.parse(JSON.stringify(reversed)) as GameState)).toBe(base);
  });
});
