/**
 * The month in three to five headlines: the changes a student should notice
 * first, each with the report entry that tells it (its Why? opens there) and
 * its largest cause. Pure: a month's report and the one before in, headlines
 * out; the words are src/share/text/headline-text.ts.
 *
 * Each candidate gets a weight, so that changes of different kinds can be
 * ranked: 100 km² of front counts 1, as does a third of Russian fire, half
 * of Ukraine's stock or of NATO's output, a tenth of the alliance's monthly
 * budget, or a request met or missed. Below MIN_WEIGHT a change is not news;
 * when fewer than three are, the biggest front move, Ukraine's stock and
 * NATO's output fill in, as they are what the game is about.
 */
import type { HeadlineWhat } from '../../share/text/headline-text';
import type { ReportEntry, TurnReport } from '../../sim';
import { rankCauses } from './rank-causes';

export interface Headline {
  what: HeadlineWhat;
  /** the report entry that tells this change */
  entryId: string;
  /** the report entry of its largest cause */
  causeId: string;
  weight: number;
}

export const MIN_HEADLINES = 3;
export const MAX_HEADLINES = 5;
/** Fronts take at most this many of the places, so that the month's other news is heard. */
const MAX_FRONT = 3;
const MIN_WEIGHT = 0.2;

const params = <T>(e: ReportEntry) => e.message.params as T;
const rel = (from: number, to: number) => Math.abs(to - from) / Math.max(1, from);

/** The largest cause of an entry, by the report's weights where it gives them, else the first it names. */
export function largestCause(e: ReportEntry): string | undefined {
  return rankCauses(e).shown[0]?.id;
}

/** Candidates from the front: one per sector that moved, weighed by km². */
function fronts(r: TurnReport): Headline[] {
  const out: Headline[] = [];
  for (const e of r.entries) {
    if (e.kind !== 'front' || e.message.id !== 'front.sector') continue;
    const { sector, gainKm2 } = params<{ sector: string; gainKm2: number }>(e);
    const causeId = largestCause(e);
    if (causeId) out.push({ what: { kind: 'front', sector, gainKm2 }, entryId: e.id, causeId, weight: Math.abs(gainKm2) / 100 });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/** Candidates from Russia: its fire and its new shells against last month. */
function russia(r: TurnReport, prev: TurnReport | undefined): Headline[] {
  const out: Headline[] = [];
  const fire = r.entries.find((e) => e.id === 'russia:fire');
  const fireBefore = prev?.entries.find((e) => e.id === 'russia:fire');
  const path = r.entries.find((e) => e.id === 'path:russiaFire');
  const to = fire && params<{ fired: number }>(fire).fired;
  const from = fireBefore ? params<{ fired: number }>(fireBefore).fired : path && params<{ fromPerMonth: number }>(path).fromPerMonth;
  const fireCause = fire && largestCause(fire);
  if (fire && to !== undefined && from !== undefined && fireCause)
    out.push({ what: { kind: 'russianFire', from, to }, entryId: fire.id, causeId: fireCause, weight: rel(from, to) * 3 });
  const supply = r.entries.find((e) => e.id === 'russia:supply');
  const supplyBefore = prev?.entries.find((e) => e.id === 'russia:supply');
  const supplyCause = supply && largestCause(supply);
  if (supply && supplyBefore && supplyCause) {
    const made = (e: ReportEntry) => {
      const p = params<{ production: number; imports: number }>(e);
      return p.production + p.imports;
    };
    const [a, b] = [made(supplyBefore), made(supply)];
    out.push({ what: { kind: 'russianSupply', from: a, to: b }, entryId: supply.id, causeId: supplyCause, weight: rel(a, b) * 2 });
  }
  return out;
}

/** Ukraine's stock: its cause is the largest arrival when it rose, the stock story itself (it fired more) when it fell. */
function stock(r: TurnReport): Headline | undefined {
  const e = r.entries.find((x) => x.id === 'stock:ukraine');
  if (!e) return undefined;
  const p = params<{ start: number; left: number }>(e);
  const what: HeadlineWhat = { kind: 'ukraineStock', from: p.start, to: p.left };
  const causeId = p.left >= p.start ? (largestCause(e) ?? e.id) : e.id;
  return { what, entryId: e.id, causeId, weight: rel(p.start, p.left) * 2 };
}

/** NATO's output: told by the line whose output changed most, or by the one that made most when none changed. */
function natoOutput(r: TurnReport, prev: TurnReport | undefined): Headline | undefined {
  const made = (t: TurnReport | undefined, id: string) => t?.entries.find((e) => e.id === id)?.delta ?? 0;
  const lines = r.entries.filter((e) => e.kind === 'production' && e.id.startsWith('prod:'));
  const largest = (size: (e: ReportEntry) => number) =>
    lines.reduce<ReportEntry | undefined>((best, e) => (size(e) > 0 && (!best || size(e) > size(best)) ? e : best), undefined);
  const line = (prev && largest((e) => Math.abs(e.delta - made(prev, e.id)))) ?? largest((e) => e.delta);
  if (!line) return undefined;
  const from = prev ? prev.summary.natoArtillery : null;
  const to = r.summary.natoArtillery;
  return { what: { kind: 'natoOutput', from, to }, entryId: line.id, causeId: line.id, weight: from === null ? 0 : rel(from, to) * 2 };
}

/** Budgets that moved, weighed by their share of what the whole alliance gets a month. */
function budgets(r: TurnReport, prev: TurnReport | undefined): Headline[] {
  if (!prev) return [];
  const income = (e: ReportEntry) => params<{ incomeEur: number }>(e).incomeEur;
  const all = r.entries.filter((e) => e.id.startsWith('budget:'));
  const total = all.reduce((s, e) => s + income(e), 0);
  const out: Headline[] = [];
  for (const e of all) {
    const before = prev.entries.find((x) => x.id === e.id);
    const causeId = largestCause(e);
    if (!before || !causeId || income(before) === income(e)) continue;
    const nation = params<{ nation: string }>(e).nation;
    const what: HeadlineWhat = { kind: 'budget', nation, fromEur: income(before), toEur: income(e) };
    out.push({ what, entryId: e.id, causeId, weight: (Math.abs(income(e) - income(before)) / Math.max(1, total)) * 10 });
  }
  return out;
}

/** Ukraine's requests that fell due: met or missed, each is news. */
function requests(r: TurnReport): Headline[] {
  return r.entries
    .filter((e) => e.message.id === 'politics.request')
    .map((e) => {
      const p = params<{ product: string; amount: number; met: number }>(e);
      return { what: { kind: 'request', product: p.product, amount: p.amount, met: p.met === 1 }, entryId: e.id, causeId: e.id, weight: 1 };
    });
}

export function pickHeadlines(r: TurnReport, prev?: TurnReport): Headline[] {
  const front = fronts(r);
  const candidates = [...front.slice(0, MAX_FRONT), ...russia(r, prev), ...budgets(r, prev), ...requests(r)];
  const stockNews = stock(r);
  const output = natoOutput(r, prev);
  if (stockNews) candidates.push(stockNews);
  if (output) candidates.push(output);
  const picked = candidates
    .filter((h) => h.weight >= MIN_WEIGHT)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_HEADLINES);
  for (const fill of [stockNews, output, front[0]]) {
    if (picked.length >= MIN_HEADLINES) break;
    if (fill && !picked.includes(fill)) picked.push(fill);
  }
  return picked;
}
