/** A changed month in English: "244,000 more 155 mm shells to Ukraine (United States 120,000 …); 5 more shifts (Iowa AAP …)". */
import type { MonthDiff } from '../debrief/month-diff';
import type { Names } from './messages';
import { count, fmt, fmtGdpShare } from './numbers';
import { andList, someOf } from './objectives';

/** The changes a counterfactual names before it sums up the rest. */
const MAX_PARTS = 4;

/** "120,000 155 mm shells and 40 Stinger missiles" */
export function unitsList(xs: readonly { product: string; units: number }[], n: Names): string {
  return andList(xs.map((x) => `${fmt(x.units)} ${n.product(x.product, x.units)}`));
}

function drawnText(d: MonthDiff, n: Names): string[] {
  const out: string[] = [];
  const products = [...new Set(d.drawn.map((x) => x.product))];
  for (const product of products) {
    for (const sign of [1, -1]) {
      const part = d.drawn.filter((x) => x.product === product && Math.sign(x.units) === sign).sort((a, b) => Math.abs(b.units) - Math.abs(a.units));
      if (!part.length) continue;
      const total = part.reduce((sum, x) => sum + Math.abs(x.units), 0);
      const who = someOf(part.map((x) => `${n.nation(x.nation)} ${fmt(Math.abs(x.units))}`));
      out.push(`${fmt(total)} ${sign > 0 ? 'more' : 'fewer'} ${n.product(product, total)} ${sign > 0 ? 'to Ukraine' : 'sent'} (${who})`);
    }
  }
  return out;
}

function contractText(k: MonthDiff['contracts'][number], n: Names): string {
  const buyers = k.buyers.length > 1 ? `pooled by ${andList(k.buyers.map(n.nation))}` : `for ${n.nation(k.buyers[0] ?? '')}`;
  return `${n.firm(k.firm)}: ${fmt(k.perMonth)} ${n.product(k.product, k.perMonth)} a month for ${count(k.months, 'month')}, ${buyers}${k.capacityClause ? ', with a capacity clause' : ''}`;
}

export function describeMonthDiff(d: MonthDiff, n: Names): string {
  const shifts = d.shifts.reduce((sum, x) => sum + x.count, 0);
  const parts = [
    ...drawnText(d, n),
    ...(shifts ? [`${count(shifts, 'more shift')} (${someOf(d.shifts.map((x) => n.line(x.line)))})`] : []),
    ...(d.weekends.length ? [`weekend work at ${someOf(d.weekends.map(n.line))}`] : []),
    ...d.contracts.filter((k) => k.delivered !== 0).map((k) => contractText(k, n)),
    ...(d.plants.length ? [`funding ${someOf(d.plants.map(n.template))}`] : []),
    ...(d.inputPlants.length ? [`funding ${someOf(d.inputPlants.map(n.inputPlant))}`] : []),
    ...d.pledges.map((p) => `${n.nation(p.nation)} pledging ${fmtGdpShare(p.shareBp)} of GDP`),
    ...(d.plans.length ? [`defence-industrial plans from ${someOf(d.plans.map(n.nation))}`] : []),
    ...(d.dropped ? [`instead of ${count(d.dropped, 'order')} of yours`] : []),
  ];
  // A month of many orders (the balanced policy's) reads as its first few changes: the rest would bury the lesson.
  const told = parts.length > MAX_PARTS ? `${parts.slice(0, MAX_PARTS).join('; ')}; and ${count(parts.length - MAX_PARTS, 'other change')}` : parts.join('; ');
  // Contracts that delivered nothing before the game's end are named apart, so no one reads them as what helped.
  const idle = d.contracts.filter((k) => k.delivered === 0);
  // Said as what they did not do (student play-test: "also 3 contracts that delivered nothing" read as advice to sign or to skip them).
  const nothing = idle.length
    ? `${count(idle.length, 'contract')} also signed then, with ${someOf([...new Set(idle.map((k) => n.firm(k.firm)))])}, delivered nothing before the end and are not what helped`
    : '';
  return [told, nothing].filter(Boolean).join('; ');
}
