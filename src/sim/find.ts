/**
 * Look-ups by id in the state. Arrays stay sorted by id, so iteration order is fixed. Plain loops,
 * not `find` with a closure: these run for every delivery and order of a month (issue 14).
 */
import type { Contract, FirmState, GameState, NationState, ProductionLine } from './types';

export function findNation(s: GameState, id: string): NationState | undefined {
  for (const x of s.nations) if (x.id === id) return x;
  return undefined;
}
export function findFirm(s: GameState, id: string): FirmState | undefined {
  for (const x of s.firms) if (x.id === id) return x;
  return undefined;
}
export function findLine(s: GameState, id: string): ProductionLine | undefined {
  for (const x of s.lines) if (x.id === id) return x;
  return undefined;
}
export function findContract(s: GameState, id: string): Contract | undefined {
  for (const x of s.contracts) if (x.id === id) return x;
  return undefined;
}

/** Total order on ids: plain code-unit comparison, never locale-dependent. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
