/**
 * What a trainer's move changed in a team's game, in the figures a team sees: "support in the United States −5.0 %;
 * aid from the United States frozen until Jul 2023". Read from two states of the same month, without and with the
 * move, so only the move's own effects are listed (trainer play-test: "its effects are already in your figures" did
 * not say which, and only Support had moved).
 */
import type { DeepReadonly } from '../../sim/content';
import { monthLabel } from '../../sim/month';
import type { GameState } from '../../sim/types';
import type { Names } from './messages';
import { fmt, fmtBp, fmtEur } from './numbers';

type State = DeepReadonly<GameState>;

/** "+5.0 %" or "−5.0 %" (a minus sign, not a hyphen, as in the report). */
const signedBp = (bp: number) => `${bp < 0 ? '−' : '+'}${fmtBp(Math.abs(bp))}`;
const signed = (n: number, text: (abs: number) => string) => `${n < 0 ? '−' : '+'}${text(Math.abs(n))}`;

function nationEffects(before: State, after: State, names: Pick<Names, 'nation'>): string[] {
  const out: string[] = [];
  for (const n of after.nations) {
    const was = before.nations.find((x) => x.id === n.id);
    if (!was) continue;
    const who = names.nation(n.id);
    if (n.supportBp !== was.supportBp) out.push(`support in ${who} ${signedBp(n.supportBp - was.supportBp)}`);
    if (n.politicalCapital !== was.politicalCapital) out.push(`political capital of ${who} ${signed(n.politicalCapital - was.politicalCapital, fmt)}`);
    if (n.fundsEur !== was.fundsEur) out.push(`funds of ${who} ${signed(n.fundsEur - was.fundsEur, fmtEur)}`);
    if (n.aidFrozenUntil !== was.aidFrozenUntil)
      out.push(n.aidFrozenUntil >= after.month ? `aid from ${who} frozen until ${monthLabel(n.aidFrozenUntil)}` : `aid from ${who} flows again`);
    if (n.freeLabour !== was.freeLabour) out.push(`skilled workers free in ${who} ${signed(n.freeLabour - was.freeLabour, fmt)}`);
  }
  return out;
}

/** The move's effects, at most `max` named and the rest counted; empty when it changed none of these figures. */
export function trainerEffects(before: State, after: State, names: Pick<Names, 'nation' | 'product'>, max = 4): string[] {
  const out = nationEffects(before, after, names);
  for (const [product, units] of Object.entries(after.ukraine.stock)) {
    const delta = units - (before.ukraine.stock[product] ?? 0);
    if (delta) out.push(`Ukraine's ${names.product(product, 2)} ${signed(delta, fmt)}`);
  }
  if (after.politics.cohesionBp !== before.politics.cohesionBp)
    out.push(`alliance cohesion ${signedBp(after.politics.cohesionBp - before.politics.cohesionBp)}`);
  if (after.politics.escalationBp !== before.politics.escalationBp)
    out.push(`escalation ${signedBp(after.politics.escalationBp - before.politics.escalationBp)}`);
  // Russia's side: shipments from abroad (Iran, North Korea) as the seed drew them.
  for (const x of after.russia.imports.slice(before.russia.imports.length))
    out.push(`Russia imports ${fmt(x.perMonth)} shells a month from ${x.source} until ${monthLabel(x.untilMonth)}`);
  for (const r of after.requests.filter((r) => !before.requests.some((b) => b.id === r.id)))
    out.push(`Ukraine asks for ${fmt(r.amount)} ${names.product(r.product, r.amount)} by ${monthLabel(r.byMonth)}`);
  return out.length > max ? [...out.slice(0, max), `${out.length - max} more`] : out;
}
