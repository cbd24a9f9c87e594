/** The deterministic order generators that play nations no human plays. */
import type { ScenarioContent } from '../content';
import type { GameState, Order } from '../types';
import { balancedPolicy, drawdownPolicy, productionPolicy } from './balanced';
import { historicalPolicy } from './historical';
import { passivePolicy } from './passive';

export type PolicyName = 'passive' | 'historical' | 'balanced' | 'production' | 'drawdown';
export type Policy = (content: ScenarioContent, state: GameState, nations: readonly string[]) => Order[];

export const POLICIES: Record<PolicyName, Policy> = {
  passive: passivePolicy,
  historical: historicalPolicy,
  balanced: balancedPolicy,
  production: productionPolicy,
  drawdown: drawdownPolicy,
};

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name);
}
