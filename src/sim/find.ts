/** Look-ups by id in the state. Arrays stay sorted by id, so iteration order is fixed. */
import type { Contract, FirmState, GameState, NationState, ProductionLine } from './types';

export function findNation(s: GameState, id: string): NationState | undefined {
  return s.nations.find((n) => n.id === id);
}
export function findFirm(s: GameState, id: string): FirmState | undefined {
  return s.firms.find((f) => f.id === id);
}
export function findLine(s: GameState, id: string): ProductionLine | undefined {
  return s.lines.find((l) => l.id === id);
}
export function findContract(s: GameState, id: string): Contract | undefined {
  return s.contracts.find((c) => c.id === id);
}

/** Total order on ids: plain code-unit comparison, never locale-dependent. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
