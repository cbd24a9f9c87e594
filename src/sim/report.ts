/**
 * The TurnReport: every number a player sees change, with the entries that
 * caused it, so the client can answer "why?" by following `causes`
 * (budget → contract → line → stock → front). Entries carry messages (ids
 * and parameters), never prose: see messages.ts.
 */
import type { Message } from './messages';
import type { FirmAnswer, Order, PerProduct, SourceRef } from './types';

/** `factor`: one part of another entry's change (a sector's gain split by what drove it), shown only under that entry's Why?. */
export type EntryKind =
  | 'order'
  | 'event'
  | 'budget'
  | 'politics'
  | 'construction'
  | 'production'
  | 'input'
  | 'delivery'
  | 'payment'
  | 'stock'
  | 'russia'
  | 'front'
  | 'factor'
  | 'score';

export interface ReportEntry {
  /** unique within the report, e.g. `prod:line-scranton-1` */
  id: string;
  kind: EntryKind;
  /** id of the thing that changed: a nation, line, contract, sector … */
  subject: string;
  message: Message;
  delta: number;
  /** ids of the entries that explain this one */
  causes: string[];
  /**
   * How much of this entry's change each cause accounts for, in the entry's own unit (rounds,
   * km²), parallel to `causes`; signed where a cause pulled the other way. Given only where the
   * parts add up (arrivals to a stock, the factors of a sector's gain), so a reader can rank the
   * causes by size and give each its share.
   */
  weights?: number[];
  source?: SourceRef;
}

export interface OrderResult {
  order: Order;
  ok: boolean;
  /** why it was refused, or what it did */
  message: Message;
  answer?: FirmAnswer;
}

export interface TurnSummary {
  month: number;
  /** artillery the allies' lines made, in reference rounds */
  natoArtillery: number;
  /** of which, per region of the making nation */
  artilleryByRegion: Record<string, number>;
  /** full-rate artillery capacity a year of the running lines, per region */
  artilleryCapacityPerYearByRegion: Record<string, number>;
  /** units made, per product */
  made: PerProduct;
  /** Russian shells made this month: new and refurbished */
  russiaShells: number;
  /** of which from new lines only (the count of NATO's Nov 2025 claim) */
  russiaNewShells: number;
  /** shells Russia imported this month (North Korea, Iran) */
  russiaImports: number;
  ukraineFired: number;
  russiaFired: number;
  fireRatioBp: number;
  russianGainKm2: number;
  /** Ukraine's artillery stock, in reference rounds */
  ukraineArtillery: number;
  escalationBp: number;
  cohesionBp: number;
}

export interface TurnReport {
  turn: number;
  month: number;
  orders: OrderResult[];
  entries: ReportEntry[];
  summary: TurnSummary;
}

/** Collects entries during one resolution; when off, `add` does nothing and costs nothing. */
export class ReportBuilder {
  readonly entries: ReportEntry[] = [];
  constructor(readonly on: boolean) {}

  add(entry: ReportEntry): string {
    if (this.on) this.entries.push(entry);
    return entry.id;
  }
}

/** An order refused with its reason; it changed nothing. */
export function refused(order: Order, message: Message): OrderResult {
  return { order, ok: false, message };
}
