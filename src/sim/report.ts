/**
 * The TurnReport: every number a player sees change, with the entries that
 * caused it, so the client can answer "why?" by following `causes`
 * (budget → contract → line → stock → front).
 */
import type { FirmAnswer, Order, SourceRef } from './types';

export type EntryKind =
  'order' | 'event' | 'budget' | 'politics' | 'construction' | 'production' | 'input' | 'delivery' | 'payment' | 'stock' | 'russia' | 'front' | 'score';

export interface ReportEntry {
  /** unique within the report, e.g. `prod:line-scranton-1` */
  id: string;
  kind: EntryKind;
  /** id of the thing that changed: a nation, line, contract, sector … */
  subject: string;
  text: string;
  delta: number;
  /** ids of the entries that explain this one */
  causes: string[];
  source?: SourceRef;
}

export interface OrderResult {
  order: Order;
  ok: boolean;
  /** why it was rejected, or what it did */
  reason: string;
  answer?: FirmAnswer;
}

export interface TurnSummary {
  month: number;
  natoShells: number;
  /** of which made in the United States and Canada */
  northAmericaShells: number;
  /** full-rate capacity a year of the European shell lines that are running */
  europeCapacityPerYear: number;
  stingersMade: number;
  russiaShells: number;
  ukraineFired: number;
  russiaFired: number;
  fireRatioBp: number;
  russianGainKm2: number;
  ukraineStock: number;
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

/** Whole numbers with thin grouping, without Intl (not allowed in the simulation). */
export function fmt(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}

/** € amounts: "€1.2 bn", "€350 m", "€4,400". */
export function fmtEur(n: number): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}€${Math.floor(abs / 1e8) / 10} bn`;
  if (abs >= 1e6) return `${sign}€${fmt(Math.floor(abs / 1e6))} m`;
  return `${sign}€${fmt(abs)}`;
}

/** "3.2:1" from basis points. */
export function fmtRatio(bp: number): string {
  return `${Math.floor(bp / 10000)}.${Math.floor((bp % 10000) / 1000)}:1`;
}

/** "12.5 %" from basis points. */
export function fmtBp(bp: number): string {
  return `${Math.trunc(bp / 100)}.${Math.floor(Math.abs(bp % 100) / 10)} %`;
}
