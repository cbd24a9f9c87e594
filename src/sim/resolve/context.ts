/** What one resolution passes from phase to phase; never stored in the state. */
import type { ScenarioContent } from '../content';
import type { ReportBuilder } from '../report';
import type { GameState, ProductId } from '../types';

export interface PhaseContext {
  content: ScenarioContent;
  state: GameState;
  report: ReportBuilder;
  /** units made this month per `firmId:product`, with the report entries that made them */
  output: Map<string, { units: number; entries: string[] }>;
  /** report entries of everything that reached Ukraine this month: the causes of what it could fire */
  toUkraine: string[];
  /** Ukraine's artillery (reference rounds) as the month began, including the news's gifts: the start of its stock story */
  ukraineAtStart: number;
  /** what Ukraine fired and wanted to fire at the front this month, told once the month's last arrivals are in */
  ukraineFire: { fired: number; demand: number };
}

export function outputKey(firmId: string, product: ProductId): string {
  return `${firmId}:${product}`;
}
