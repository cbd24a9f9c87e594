/**
 * The month's headlines in English (the selection is src/ui/report/headlines.ts):
 * one plain sentence per change, named so a student can say it back. A
 * headline's cause is a report entry, said by the messages' own sentences.
 */
import { monthLabel } from '../../sim/month';
import type { CohesionStory } from '../cohesion-story';
import { fmt, fmtBp, fmtEur, possessive } from './numbers';
import { andList } from './objectives';
import type { Message, MessageParams } from '../../sim/messages';
import { doctrineText, forRussia, type Names } from './messages';

/** What a headline says changed, with the figures it needs. */
export type HeadlineWhat =
  | { kind: 'front'; sector: string; gainKm2: number }
  /** sectors that moved the same way for the same largest cause, told once (thorough student: the same cause and source three times a turn) */
  | { kind: 'fronts'; moves: { sector: string; gainKm2: number }[] }
  /** `via`: where the turn's fire turned back on the way, when it did (headlines.ts, turningPoint) */
  | { kind: 'russianFire'; from: number; to: number; via?: number }
  | { kind: 'russianSupply'; from: number; to: number }
  | { kind: 'ukraineStock'; from: number; to: number }
  | { kind: 'natoOutput'; to: number; month: number; from: { natoShells: number; month: number } | null }
  | { kind: 'budget'; nation: string; fromEur: number; toEur: number }
  | { kind: 'request'; product: string; amount: number; met: boolean }
  | { kind: 'plantSlip'; line: string; months: number; readyMonth: number }
  | { kind: 'plantOpens'; line: string }
  /** Russia's doctrine changed course in the turn: its entry's own sentence, with the figure that decided it */
  | { kind: 'doctrine'; params: MessageParams['russia.doctrine']; month: number; sector?: string };

/** A change against an earlier month: "up 12 % on May 2023", "about the same as in May 2023". */
function againstMonth(changed: string, month: string): string {
  const joint: Record<string, string> = { 'about the same': 'as in', unchanged: 'since', 'up from nothing': 'in' };
  return `${changed} ${joint[changed] ?? 'on'} ${month}`;
}

/** "up 12 %", "down 63 %" from two figures. */
function change(from: number, to: number): string {
  if (from <= 0) return to > 0 ? 'up from nothing' : 'unchanged';
  const pct = Math.round((Math.abs(to - from) * 100) / from);
  return to === from || pct === 0 ? 'about the same' : `${to > from ? 'up' : 'down'} ${pct} %`;
}

export function headlineText(h: HeadlineWhat, n: Names): string {
  switch (h.kind) {
    case 'front':
      return h.gainKm2 >= 0
        ? `Russia gained ${fmt(h.gainKm2)} km² in ${n.sector(h.sector)}`
        : `Ukraine regained ${fmt(-h.gainKm2)} km² in ${n.sector(h.sector)}`;
    case 'fronts': {
      const all = andList(h.moves.map((m) => `${fmt(Math.abs(m.gainKm2))} km² in ${n.sector(m.sector)}`));
      return h.moves[0]!.gainKm2 >= 0 ? `Russia gained ${all}` : `Ukraine regained ${all}`;
    }
    case 'russianFire':
      return h.via === undefined
        ? `Russian fire ${h.to < h.from ? 'fell' : 'rose'} from ${fmt(h.from)} to ${fmt(h.to)} shells a month`
        : `Russian fire ${h.via < h.from ? 'fell' : 'rose'} from ${fmt(h.from)} to ${fmt(h.via)}, then ${h.to < h.via ? 'fell' : 'rose'} to ${fmt(h.to)} shells a month`;
    case 'russianSupply':
      return `Russia's new shells, made and imported, ${h.to < h.from ? 'fell' : 'rose'} from ${fmt(h.from)} to ${fmt(h.to)} a month`;
    case 'ukraineStock':
      return `Ukraine's shell stock ${h.to < h.from ? 'fell' : 'rose'} from ${fmt(h.from)} to ${fmt(h.to)}`;
    case 'natoOutput':
      // "up 12 % on May 2023", but "about the same as in May 2023" (hobbyist play-test: "about the same on May 2023").
      return (
        `NATO made ${fmt(h.to)} shells in ${monthLabel(h.month)}` +
        (h.from ? ` (${againstMonth(change(h.from.natoShells, h.to), monthLabel(h.from.month))})` : '')
      );
    case 'budget':
      return `${possessive(n.nation(h.nation))} munitions budget is ${fmtEur(h.toEur)} a month (${change(h.fromEur, h.toEur)})`;
    case 'request':
      return `Ukraine's request for ${fmt(h.amount)} ${n.product(h.product, h.amount)} was ${h.met ? 'met' : 'missed'}`;
    case 'plantSlip':
      return `${n.line(h.line)} slips ${h.months} months: it is now due ${monthLabel(h.readyMonth)}`;
    case 'plantOpens':
      return `${n.line(h.line)} opens: it ramps up to full rate over about two years`;
    case 'doctrine':
      // Where it pressed that month, so "where Ukraine is weakest" has a name (play-test).
      return `${monthLabel(h.month)}: ${doctrineText(h.params)}${h.sector && h.params.mode === 'offensive' ? `; it pressed hardest in ${n.sector(h.sector)}` : ''}`;
  }
}

/** "Ukraine asks for 200 Stinger missiles by Mar 2023: meeting it counts in your score (News)." */
export function requestMadeText(r: { product: string; amount: number; byMonth: number }, n: Names): string {
  return `Ukraine asks for ${fmt(r.amount)} ${n.product(r.product, r.amount)} by ${monthLabel(r.byMonth)}: meeting it counts in your score (News).`;
}

/** A headline's cause line before the cause's own sentence: its share, and for a turn of several months the month that sentence tells. */
export function causeLead(o: { sharePct?: number; turn: string; several: boolean; month?: number; only?: boolean }): string {
  const share = o.only || o.sharePct === undefined ? '' : o.several ? ` (${o.sharePct} % of the ${o.turn}'s change)` : ` (${o.sharePct} % of it)`;
  return `${o.only ? 'The one cause' : 'Largest cause'}${share}${o.month === undefined ? '' : `, as told for ${monthLabel(o.month)}`}: `;
}

/** A sector over a turn of several months, the root of its turn's Why?: "Kharkiv, Aug 2023 – Jan 2024: Russia gained 443 km²". */
export function turnFrontText(o: { sector: string; turn: string; gainKm2: number }): string {
  const moved = o.gainKm2 > 0 ? `Russia gained ${fmt(o.gainKm2)} km²` : o.gainKm2 < 0 ? `Ukraine regained ${fmt(-o.gainKm2)} km²` : 'no ground changed hands';
  return `${o.sector}, ${o.turn}: ${moved}`;
}

/** One cause of a sector's move over a turn, with its part of it: "Ukraine's stock running short …: Russia +130 km² over the turn". */
export function turnCauseText(o: { text: string; gainKm2: number; turn: string }): string {
  return `${o.text}: ${forRussia(o.gainKm2)} over the ${o.turn}`;
}

/** The cause line of sectors told together: "Largest cause in each (55, 50 and 50 % of the turn's change): ". */
export function sharedCauseLead(o: { sharesPct: (number | undefined)[]; turn: string; several: boolean }): string {
  const list = andList(o.sharesPct.map(String));
  const known = o.sharesPct.every((p) => p !== undefined);
  return `Largest cause in each${known ? ` (${list} % of ${o.several ? `the ${o.turn}'s change` : 'it'})` : ''}: `;
}

/**
 * Ukraine's stock story over a turn of several months: what came in over the turn, and what it fired
 * a month against its doctrine's ask a month, the unit the stocks panel uses (a turn's total read as
 * a month's beside "fires up to about 180,000 a month", play-test).
 */
export function stockOverText(o: { received: number; fired: number; demand: number; months: number; turn: string }): string {
  // A turn's average is "about" a figure: rounded to its thousands, as "about 113,016 a month" read as false precision (play-test).
  const perMonth = (n: number) => {
    const avg = n / Math.max(1, o.months);
    return fmt(avg >= 10_000 ? Math.round(avg / 1000) * 1000 : Math.round(avg));
  };
  return (
    `Largest cause: over the ${o.turn} Ukraine received ${fmt(o.received)} shells and fired ` +
    (o.fired < o.demand
      ? `about ${perMonth(o.fired)} a month, less than the ${perMonth(o.demand)} a month its doctrine wanted`
      : `all its doctrine wanted, about ${perMonth(o.demand)} a month`)
  );
}

/** "Cohesion 71.0 % → 66.0 % last quarter: Ukraine's requests missed −6.0 %, drift towards the allies' public support +1.0 %", the largest part first. */
export function cohesionStoryText(o: CohesionStory, turn: string): string {
  const parts: [string, number][] = [
    [o.requestsBp < 0 ? "Ukraine's requests missed" : "Ukraine's requests met", o.requestsBp],
    ['events', o.eventsBp],
    ['pledges', o.pledgesBp],
    ['defence-industrial plans', o.plansBp],
    ["drift towards the allies' public support", o.driftBp],
  ];
  const said = parts
    .filter(([, bp]) => bp !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([what, bp]) => `${what} ${bp > 0 ? '+' : '−'}${fmtBp(Math.abs(bp))}`);
  const head = `Cohesion ${fmtBp(o.fromBp)} → ${fmtBp(o.toBp)} last ${turn}`;
  return said.length ? `${head}: ${said.join(', ')}.` : `${head}.`;
}

/**
 * A front factor named without one month's figures, for a headline that sums a quarter: its months'
 * numbers would not add up to the quarter's move (play-test: "Ukraine regained 41 km²" beside a cause
 * reading "Russia +7 km²"). The Why? keeps the full sentences. Null for causes said in full.
 */
export function shortCause(m: Message, n: Names): string | null {
  const p = m.params as Record<string, string | number>;
  switch (m.id) {
    case 'front.base':
      return 'the balance of fire between the two sides';
    case 'front.short':
      return "Ukraine's stock running short of what its doctrine fires";
    case 'front.focus':
      return p.sector === p.target
        ? `Russia ${p.pressed === 'feint' ? 'making a diversionary attack' : 'concentrating its fire'} here`
        : `Russia ${p.pressed === 'feint' ? 'making a diversionary attack' : 'concentrating its fire'} in ${n.sector(String(p.target))}`;
    case 'front.airHere':
      return 'Russian aviation, as Ukraine had too few air-defence missiles';
    case 'front.pressure':
      return 'Russian ground assaults besides artillery (infantry, glide bombs, drones)';
    case 'front.manpower':
      return "this war's Russian manpower, as the seed drew it";
    case 'front.surge':
      return `${n.event(String(p.event)).title}, which pressed along the whole front`;
    case 'front.doctrine':
      return p.mode === 'offensive' ? "Russia's offensive where Ukraine ran short" : "Russia digging in against Ukraine's stock";
    default:
      return null;
  }
}
