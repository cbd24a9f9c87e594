/** The passive policy: orders nothing. Existing contracts and events still run. */
import type { GameState, Order } from '../types';

export function passivePolicy(_state: GameState, _nations: readonly string[]): Order[] {
  return [];
}
