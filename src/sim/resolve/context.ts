/** What one resolution passes from phase to phase; never stored in the state. */
import type { ScenarioContent } from '../content';
import type { ReportBuilder, ReportEntry } from '../report';
import type { GameState, Order, ProductId, ProductionLine } from '../types';
import type { ScriptedPath } from './scripted';

/** Something that reached Ukraine this month, with the report entry that tells it. */
export interface Arrival {
  id: string;
  product: ProductId;
  units: number;
}

export interface PhaseContext {
  content: ScenarioContent;
  state: GameState;
  report: ReportBuilder;
  /** units made this month per firm and product, with the report entries that made them and what each made (report on only) */
  output: FirmProductMap<{ units: number; entries: string[]; made: number[] }>;
  /** everything that reached Ukraine this month (report on only): the causes of what it could fire, by size */
  toUkraine: Arrival[];
  /** each line's output entry this month, with its line (report on only): production-causes.ts adds their causes */
  made: { entry: ReportEntry; line: ProductionLine }[];
  /** the orders that went through this month, with their report entries (report on only) */
  orderEntries: { id: string; order: Order }[];
  /** the scenario's scripted paths whose rate changes this month (report on only; see scripted.ts) */
  pathChanges: ReadonlySet<ScriptedPath>;
  /** Ukraine's artillery (reference rounds) as the month began, including the news's gifts: the start of its stock story */
  ukraineAtStart: number;
  /** what Ukraine fired and wanted to fire at the front this month, told once the month's last arrivals are in */
  ukraineFire: { fired: number; demand: number };
}

/**
 * Values per firm and product. Two levels of Map rather than a `firm:product` string key: the key
 * was built and hashed afresh for every line and contract each month, which was the largest single
 * cost of the industry and delivery phases (issue 14: npm run bench, turnToOwnCopyRatio).
 */
export class FirmProductMap<T> {
  private readonly byFirm = new Map<string, Map<ProductId, T>>();
  get(firmId: string, product: ProductId): T | undefined {
    return this.byFirm.get(firmId)?.get(product);
  }
  set(firmId: string, product: ProductId, value: T): void {
    let inner = this.byFirm.get(firmId);
    if (!inner) this.byFirm.set(firmId, (inner = new Map()));
    inner.set(product, value);
  }
}
