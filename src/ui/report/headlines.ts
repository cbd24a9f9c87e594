/**
 * A turn in three to five headlines: the changes a student should notice
 * first, each with the report entry that tells it (its Why? opens there) and
 * its largest cause. Pure: the turn's reports (one month, or a quarter's three
 * in a class scenario) and the report of the month before in, headlines out;
 * the words are src/share/text/headline-text.ts.
 *
 * Each candidate gets a weight, so that changes of different kinds can be
 * ranked: 100 km² of front counts 1, as does a third of Russian fire, half
 * of Ukraine's stock or of NATO's output, a tenth of the alliance's monthly
 * budget, or a request met; a request missed counts 3, as it costs cohesion and
 * the requests objective its points. Below MIN_WEIGHT a change is not news;
 * when fewer than three are, Ukraine's stock, NATO's output and the biggest
 * front move fill in, as they are what the game is about.
 */
import type { HeadlineWhat } from '../../share/text/headline-text';
import type { MessageParams, ReportEntry, ScenarioContent, TurnReport } from '../../sim';
import { causesOverTurn, rankCauses } from './rank-causes';

export interface Headline {
  what: HeadlineWhat;
  /** the report entry that tells this change (in the turn's last month) */
  entryId: string;
  /** the report entry of its largest cause (its latest instance, which may be earlier news) */
  causeId: string;
  /** that cause's share of the change, summed over the turn's months, when the report weighs its causes */
  causeSharePct?: number;
  /** the month of the turn (0 = its first) whose instance of the cause tells it best: where it weighed most, in the direction of its sum */
  causeMonth?: number;
  /** Ukraine's stock story summed over a turn of several months (one month's story would not explain a quarter) */
  stockOver?: { received: number; fired: number; demand: number; months: number };
  weight: number;
}

export const MIN_HEADLINES = 3;
export const MAX_HEADLINES = 5;
/** Fronts take at most this many of the places, so that the turn's other news is heard. */
const MAX_FRONT = 3;
const MIN_WEIGHT = 0.2;

const params = <T>(e: ReportEntry) => e.message.params as T;
const rel = (from: number, to: number) => Math.abs(to - from) / Math.max(1, from);
const entryOf = (r: TurnReport | undefined, id: string) => r?.entries.find((e) => e.id === id);

/** The largest cause of an entry, by the report's weights where it gives them, else the first it names. */
export function largestCause(e: ReportEntry): string | undefined {
  return rankCauses(e).shown[0]?.id;
}

interface Cause {
  causeId: string;
  causeSharePct?: number;
  causeMonth?: number;
}

/**
 * The largest cause of an entry over a turn, with its share: where the report weighs its causes,
 * their parts summed over the months (a sector's factors, Ukraine's arrivals); else the cause the
 * latest month names that names one (a scripted change early in a quarter still explains its end).
 */
function largestCauseOver(turn: readonly TurnReport[], id: string): Cause | undefined {
  const entries = turn.map((r) => entryOf(r, id));
  const { sums, byMonth } = causesOverTurn(entries);
  const weighs = (e: ReportEntry | undefined): e is ReportEntry => !!e && e.weights?.length === e.causes.length;
  /** each month's own largest cause, the one its Why? lists first */
  const leader = entries.map((e) => (weighs(e) ? largestCause(e) : undefined));
  /** where no month weighs its causes: the latest month's first named cause */
  let named: { id: string; month: number } | undefined;
  for (let i = entries.length - 1; i >= 0 && !named; i--) {
    const e = entries[i];
    const first = e && !weighs(e) ? rankCauses(e).shown[0] : undefined;
    if (first) named = { id: first.id, month: i };
  }
  if (!sums.size) return named && { causeId: named.id, causeMonth: named.month };
  // The largest cause that worked the way the figure moved (play-test: "Russia gained 28 km²; largest cause: Russian
  // ground assaults" beside a Why? where the assaults, at half the autumn-2022 pace, took 34 km² off Russia's gain).
  const total = Math.sign([...sums.values()].reduce((a, w) => a + w, 0));
  const ranked = rankCauses({ causes: [...sums.keys()], weights: [...sums.values()] });
  const all = [...ranked.shown, ...ranked.folded];
  const best = all.find((x) => Math.sign(x.weight ?? 0) === total) ?? all[0]!;
  const sign = Math.sign(sums.get(best.id)!);
  const weights = byMonth.get(best.id)!;
  // Its Why? opens on one month: one where it is also that month's largest cause, so the Why? lists it first
  // (play-test: the headline's largest cause came third in the month its Why? showed); the month it weighed most among those.
  const months = weights.map((_, i) => i).filter((i) => weights[i]! * sign > 0);
  const leads = months.filter((i) => leader[i] === best.id);
  const causeMonth = (leads.length ? leads : months.length ? months : [weights.length - 1]).reduce((m, i) => (weights[i]! * sign > weights[m]! * sign ? i : m));
  return { causeId: best.id, ...(best.sharePct !== undefined && { causeSharePct: best.sharePct }), causeMonth };
}

/** Candidates from the front: one per sector that moved over the turn, weighed by km². */
function fronts(turn: readonly TurnReport[]): Headline[] {
  const last = turn.at(-1)!;
  const out: Headline[] = [];
  for (const e of last.entries) {
    if (e.message.id !== 'front.sector') continue;
    const sector = params<{ sector: string }>(e).sector;
    const gainKm2 = turn.reduce((sum, r) => sum + (entryOf(r, e.id) ? params<{ gainKm2: number }>(entryOf(r, e.id)!).gainKm2 : 0), 0);
    const cause = largestCauseOver(turn, e.id);
    if (cause) out.push({ what: { kind: 'front', sector, gainKm2 }, entryId: e.id, ...cause, weight: Math.abs(gainKm2) / 100 });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/**
 * A scripted change in the turn that moved the way the headline did, the largest one: a turn whose
 * fire rose to 600,000 and then eased to 570,000 rose because of the first change, not the second
 * (play-test: "rose from 220,000 to 570,000" beside "… down from 600,000").
 */
function pathTowards(turn: readonly TurnReport[], id: string, direction: number): Cause | undefined {
  let best: { month: number; size: number } | undefined;
  turn.forEach((r, month) => {
    const e = entryOf(r, id);
    if (!e) return;
    const p = params<{ fromPerMonth: number; toPerMonth: number }>(e);
    const size = (p.toPerMonth - p.fromPerMonth) * Math.sign(direction);
    if (size > 0 && (!best || size > best.size)) best = { month, size };
  });
  return best && { causeId: id, causeMonth: best.month };
}

/**
 * Why Russia's new shells changed over a turn: its industry or its imports, whichever moved more
 * (play-test: "rose from 380,000 to 570,000" put down to industry's +40,000 while imports rose by 150,000).
 * Imports that grew are told by the news of the shipment that started in the turn.
 */
function supplyChange(turn: readonly TurnReport[], before: ReportEntry, last: ReportEntry): Cause | undefined {
  const p = russianSupply;
  const [made, imported] = [p(last).production - p(before).production, p(last).imports - p(before).imports];
  if (Math.abs(imported) > Math.abs(made) && imported > 0) {
    const shipment = last.causes.find((c) => c.startsWith('event:') && !before.causes.includes(c)) ?? last.causes.find((c) => c.startsWith('event:'));
    if (shipment) return { causeId: shipment };
  }
  return pathTowards(turn, 'path:russiaProduction', made) ?? pathTowards(turn, 'path:russiaDefenceShare', made) ?? largestCauseOver(turn, 'russia:supply');
}

/** Russia's shells made (new and refurbished) and imported in a month, from its supply entry: scripted, or its war economy's. */
export function russianSupply(e: ReportEntry): { production: number; imports: number } {
  if (e.message.id === 'russia.economy') {
    const x = params<{ made: number; refurbished: number; imports: number }>(e);
    return { production: x.made + x.refurbished, imports: x.imports };
  }
  return params<{ production: number; imports: number }>(e);
}

/**
 * The figure a turn went through on its way, when it turned back: "rose from 450,000 to 600,000, then fell to
 * 220,000" where the cause beside it reads "down from 600,000" (play-test: "fell from 450,000" beside "down from
 * 600,000" looked like a contradiction). The month furthest off the straight way, if that detour is a tenth of the figures.
 */
export function turningPoint(from: number, to: number, between: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  let detour = 0;
  for (const x of between) {
    if (x === undefined) continue;
    const d = Math.abs(x - from) + Math.abs(to - x) - Math.abs(to - from);
    if (d > detour) [best, detour] = [x, d];
  }
  return best !== undefined && detour * 10 >= Math.max(from, to, best) ? best : undefined;
}

/** Candidates from Russia: its fire and its new shells at the turn's end against the month before the turn. */
function russia(turn: readonly TurnReport[], before: TurnReport | undefined): Headline[] {
  const last = turn.at(-1)!;
  const out: Headline[] = [];
  const fire = entryOf(last, 'russia:fire');
  const path = turn.map((r) => entryOf(r, 'path:russiaFire')).find((e) => e);
  const fired = (e: ReportEntry | undefined) => (e ? params<{ fired: number }>(e).fired : undefined);
  const from = fired(entryOf(before, 'russia:fire')) ?? (path && params<{ fromPerMonth: number }>(path).fromPerMonth);
  const to = fired(fire);
  const fireCause = (from !== undefined && to !== undefined && pathTowards(turn, 'path:russiaFire', to - from)) || largestCauseOver(turn, 'russia:fire');
  if (fire && from !== undefined && to !== undefined && fireCause) {
    const via = turningPoint(
      from,
      to,
      turn.slice(0, -1).map((r) => fired(entryOf(r, 'russia:fire'))),
    );
    out.push({ what: { kind: 'russianFire', from, to, ...(via !== undefined && { via }) }, entryId: fire.id, ...fireCause, weight: rel(from, to) * 3 });
  }
  const made = (e: ReportEntry) => {
    const p = russianSupply(e);
    return p.production + p.imports;
  };
  const supply = entryOf(last, 'russia:supply');
  const supplyBefore = entryOf(before, 'russia:supply');
  const supplyCause = supply && supplyBefore ? supplyChange(turn, supplyBefore, supply) : undefined;
  if (supply && supplyBefore && supplyCause) {
    const [a, b] = [made(supplyBefore), made(supply)];
    out.push({ what: { kind: 'russianSupply', from: a, to: b }, entryId: supply.id, ...supplyCause, weight: rel(a, b) * 2 });
  }
  return out;
}

/**
 * Ukraine's stock over the turn: its cause is the largest arrival when it rose, the stock story itself
 * (it fired more) when it fell; over several months that story is summed, not the last month's.
 */
function stock(turn: readonly TurnReport[], before: TurnReport | undefined): Headline | undefined {
  const first = entryOf(turn[0], 'stock:ukraine');
  const e = entryOf(turn.at(-1), 'stock:ukraine');
  if (!first || !e) return undefined;
  // From where the last turn left it: aid released at a month's start is part of this turn's story, not hidden in its first figure.
  const ended = entryOf(before, 'stock:ukraine');
  const from = ended ? params<{ left: number }>(ended).left : params<{ start: number }>(first).start;
  const to = params<{ left: number }>(e).left;
  const cause: Cause = (to >= from && largestCauseOver(turn, e.id)) || { causeId: e.id };
  const story = turn.map((r) => entryOf(r, e.id)).filter((x) => x !== undefined);
  const sum = (k: 'fired' | 'demand') => story.reduce((n, x) => n + params<Record<typeof k, number>>(x)[k], 0);
  // What came in is what the stock did not explain by firing: aid released between months counts too.
  const received = to - from + sum('fired');
  const stockOver =
    turn.length > 1 && cause.causeId === e.id ? { stockOver: { received, fired: sum('fired'), demand: sum('demand'), months: story.length } } : {};
  return { what: { kind: 'ukraineStock', from, to }, entryId: e.id, ...cause, ...stockOver, weight: rel(from, to) * 2 };
}

/** NATO's output in the turn's last month: told by the line whose output changed most, or by the one that made most. */
function natoOutput(turn: readonly TurnReport[], before: TurnReport | undefined): Headline | undefined {
  const last = turn.at(-1)!;
  const lines = last.entries.filter((e) => e.kind === 'production' && e.id.startsWith('prod:'));
  const largest = (size: (e: ReportEntry) => number) =>
    lines.reduce<ReportEntry | undefined>((best, e) => (size(e) > 0 && (!best || size(e) > size(best)) ? e : best), undefined);
  const line = (before && largest((e) => Math.abs(e.delta - (entryOf(before, e.id)?.delta ?? 0)))) ?? largest((e) => e.delta);
  if (!line) return undefined;
  const from = before ? { natoShells: before.summary.natoArtillery, month: before.month } : null;
  const what: HeadlineWhat = { kind: 'natoOutput', to: last.summary.natoArtillery, month: last.month, from };
  return { what, entryId: line.id, causeId: line.id, weight: from ? rel(from.natoShells, last.summary.natoArtillery) * 2 : 0 };
}

/** Budgets that moved over the turn, weighed by their share of what the whole alliance gets a month. */
function budgets(turn: readonly TurnReport[], before: TurnReport | undefined): Headline[] {
  if (!before) return [];
  const income = (e: ReportEntry) => params<{ incomeEur: number }>(e).incomeEur;
  const all = turn.at(-1)!.entries.filter((e) => e.id.startsWith('budget:'));
  const total = all.reduce((s, e) => s + income(e), 0);
  const out: Headline[] = [];
  for (const e of all) {
    const was = entryOf(before, e.id);
    const cause = largestCauseOver(turn, e.id);
    if (!was || !cause || income(was) === income(e)) continue;
    const what: HeadlineWhat = { kind: 'budget', nation: params<{ nation: string }>(e).nation, fromEur: income(was), toEur: income(e) };
    out.push({ what, entryId: e.id, ...cause, weight: (Math.abs(income(e) - income(was)) / Math.max(1, total)) * 10 });
  }
  return out;
}

/** A missed request ranks with 300 km² of front, and is always among the headlines (play-test: the missed million-shell request never made one). */
const MISSED_REQUEST_WEIGHT = 3;

/** Ukraine's requests that fell due in the turn: met or missed, each is news. */
function requests(turn: readonly TurnReport[]): Headline[] {
  return turn
    .flatMap((r) => r.entries)
    .filter((e) => e.message.id === 'politics.request')
    .map((e) => {
      const p = params<{ product: string; amount: number; met: number }>(e);
      return {
        what: { kind: 'request', product: p.product, amount: p.amount, met: p.met === 1 },
        entryId: e.id,
        causeId: e.id,
        weight: p.met === 1 ? 1 : MISSED_REQUEST_WEIGHT,
      };
    });
}

/**
 * Ukraine's requests made in the turn (an event's action, told with next month's news): said under the headlines,
 * as a request is due months later and counts in the score (hobbyist play-test: one was first noticed a month before
 * its deadline, in the News tab only).
 */
export function requestsMade(turn: readonly TurnReport[], content: Pick<ScenarioContent, 'events'>): RequestMade[] {
  return turn
    .flatMap((r) => r.entries)
    .filter((e) => e.kind === 'event')
    .flatMap((e) => content.events.find((x) => x.id === e.subject)?.actions ?? [])
    .flatMap((a) => (a.kind === 'ukraineRequest' ? [{ product: a.product, amount: a.amount, byMonth: a.byMonth }] : []));
}

export interface RequestMade {
  product: string;
  amount: number;
  byMonth: number;
}

/**
 * Russia's doctrine when it changed course in the turn (the last change): a student should see Russia
 * play back, and why (issue: every Russian choice has a cause in the report). Its sentence names the
 * figure that decided it, so it needs no cause line.
 */
function doctrine(turn: readonly TurnReport[]): Headline | undefined {
  for (let i = turn.length - 1; i >= 0; i--) {
    const e = entryOf(turn[i], 'russia:doctrine');
    if (!e || !params<{ changed: boolean }>(e).changed) continue;
    const pressed = turn[i]!.entries.find((x) => x.message.id === 'front.sector' && params<{ pressed: string }>(x).pressed === 'concentrated');
    const sector = pressed && params<{ sector: string }>(pressed).sector;
    const what = { kind: 'doctrine' as const, params: params<MessageParams['russia.doctrine']>(e), month: turn[i]!.month, ...(sector && { sector }) };
    return { what, entryId: e.id, causeId: '', weight: 1.5 };
  }
  return undefined;
}

/** New plants that slipped or opened in the turn: a student who paid for one should hear of it (play-test: a slip of a year went unsaid). */
function plants(turn: readonly TurnReport[]): Headline[] {
  return turn
    .flatMap((r) => r.entries)
    .flatMap((e): Headline[] => {
      if (e.message.id === 'construction.slip') {
        const p = params<{ line: string; months: number; readyMonth: number }>(e);
        // Its own sentence says it all; the rule behind it (half of all plants slip) is in the Why? and the plants panel.
        return [{ what: { kind: 'plantSlip', line: p.line, months: p.months, readyMonth: p.readyMonth }, entryId: e.id, causeId: '', weight: 1 }];
      }
      if (e.message.id === 'construction.opens')
        return [{ what: { kind: 'plantOpens', line: params<{ line: string }>(e).line }, entryId: e.id, causeId: '', weight: 0.8 }];
      return [];
    });
}

/**
 * The turn's headlines: its months' reports, oldest first, and the report of
 * the month before it, if any. A class that hides the intelligence on Russia
 * gets no headline on Russian output (its fire is seen at the front).
 */
export function pickHeadlines(turn: readonly TurnReport[], before?: TurnReport, hideRussia = false): Headline[] {
  if (!turn.length) return [];
  const front = fronts(turn);
  const fromRussia = russia(turn, before).filter((h) => !hideRussia || h.what.kind !== 'russianSupply');
  const candidates = [...front.slice(0, MAX_FRONT), ...fromRussia, ...budgets(turn, before), ...requests(turn), ...plants(turn)];
  const stockNews = stock(turn, before);
  const output = natoOutput(turn, before);
  const course = hideRussia ? undefined : doctrine(turn);
  if (course) candidates.push(course);
  if (stockNews) candidates.push(stockNews);
  if (output) candidates.push(output);
  const ranked = candidates.filter((h) => h.weight >= MIN_WEIGHT).sort((a, b) => b.weight - a.weight);
  // A missed request is always news: it costs cohesion and the objective's points (it can rank below three large front moves).
  // So is Russia changing course: the opponent playing back is the turn's story even when its ground comes later.
  const missed = (h: Headline) => (h.what.kind === 'request' && !h.what.met) || h.what.kind === 'doctrine';
  const misses = ranked.filter(missed).slice(0, MAX_HEADLINES);
  const picked = [...ranked.filter((h) => !missed(h)).slice(0, MAX_HEADLINES - misses.length), ...misses].sort((a, b) => b.weight - a.weight);
  for (const fill of [stockNews, output, front[0]]) {
    if (picked.length >= MIN_HEADLINES) break;
    if (fill && !picked.includes(fill)) picked.push(fill);
  }
  return picked;
}
