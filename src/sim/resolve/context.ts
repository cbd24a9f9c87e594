/** What one resolution passes from phase to phase; never stored in the state. */
import type { ReportBuilder } from '../report';
import type { Product } from '../types';

export interface PhaseContext {
  report: ReportBuilder;
  /** units made this month per `firmId:product`, with the report entries that made them */
  output: Map<string, { units: number; entries: string[] }>;
  /** report entries of everything that reached Ukraine this month: the causes of what it could fire */
  toUkraine: string[];
}

export function outputKey(firmId: string, product: Product): string {
  return `${firmId}:${product}`;
}
