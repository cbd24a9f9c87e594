/** The passive policy: orders nothing. Existing contracts and events still run. */
import type { ScenarioContent } from '../content';
import type { GameState, Order } from '../types';

export function passivePolicy(_content: ScenarioContent, _state: GameState, _nations: readonly string[]): Order[] {
  return [];
}
