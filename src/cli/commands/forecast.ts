/**
 * `forecast`: "what are my odds?" on the command line. The game is played to
 * the month `--from` (the orders file for its nations, the policy for the
 * rest, or the policy for all), then N futures to the scenario's end from
 * there, with that month's orders given and the player's nations going on
 * with the policy (src/sim/forecast.ts).
 */
import { parseOrdersFile } from '../../share/files';
import { fmt, fmtBp, fmtRatio } from '../../share/text/numbers';
import { playFuture, summariseFutures, type Forecast, type Future } from '../../sim/forecast';
import { formatMonth, monthLabel, parseMonth } from '../../sim/month';
import { POLICIES } from '../../sim/policies';
import { ordersForTurn } from '../../sim/replay';
import { resolveTurn } from '../../sim/resolve-turn';
import type { Order } from '../../sim/types';
import type { Args } from '../args';
import { InputError } from '../input-error';
import { progressBar } from '../progress';
import { loadScenario, newGame, readText } from '../scenario-files';
import { policyFrom, seedFrom } from '../setup';

const MAX_FUTURES = 100_000;

function futuresFrom(text: string | undefined): number {
  if (text === undefined) return 1000;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_FUTURES)
    throw new InputError(`--futures: "${text.slice(0, 20)}" is not a whole number from 1 to ${MAX_FUTURES}`);
  return n;
}

/** The orders file's months and the nations it plays (every nation when it names none). */
function ordersOf(path: string | undefined, all: string[]): { turns: Order[][]; nations: string[] } {
  if (!path) return { turns: [], nations: all };
  const parsed = parseOrdersFile(readText(path));
  if (!parsed.ok) throw new InputError(parsed.problems.map((p) => `${path}: ${p.path}: ${p.message}`).join('\n'));
  const nations = parsed.value.nations ?? all;
  const unknown = nations.find((id) => !all.includes(id));
  if (unknown) throw new InputError(`${path}: $.nations: unknown nation "${unknown}"`);
  return { turns: parsed.value.turns, nations };
}

export function forecast(args: Args): number {
  const { scenario, content } = loadScenario(args.need('scenario'));
  const { seed } = seedFrom(args.need('seed'));
  const policy = policyFrom(args.opt('policy'), 'balanced');
  const futures = futuresFrom(args.opt('futures'));
  const fromText = args.opt('from');
  const from = fromText === undefined ? content.startMonth : parseMonth(fromText);
  if (from === null || from < content.startMonth || from > content.endMonth)
    throw new InputError(
      `--from: "${fromText}" is not a month of the scenario (YYYY-MM, ${formatMonth(content.startMonth)} to ${formatMonth(content.endMonth)})`,
    );
  let s = newGame(content, seed);
  // In the scenario's order, as the game lists the nations a player plays: the policy plans them in that order.
  const all = scenario.nations.map((n) => n.id);
  const orders = ordersOf(args.opt('orders'), all);
  const rest = all.filter((id) => !orders.nations.includes(id));
  // The months before --from as played: the file's orders for its nations, the policy's for the rest (and for all without a file).
  const given = (turn: number) => orders.turns[turn] ?? (args.opt('orders') ? [] : ordersForTurn(content, s, [], POLICIES[policy], orders.nations));
  while (s.month < from && !s.finished) s = resolveTurn(content, s, ordersForTurn(content, s, given(s.turn), POLICIES[policy], rest), { explain: false }).state;
  const plan = { pending: given(s.turn), humanNations: orders.nations, humanPolicy: policy, aiPolicy: policy };
  const bar = progressBar('futures');
  const played: Future[] = [];
  for (let i = 0; i < futures; i++) {
    played.push(playFuture(content, s, plan, i));
    bar.update(i + 1, futures);
  }
  bar.done();
  const result = summariseFutures(content, s.month, played);
  if (args.flag('json')) console.log(JSON.stringify({ scenario: scenario.id, seed: seed.code, from: formatMonth(s.month), policy, ...result }));
  else console.log(forecastText({ scenario: scenario.id, seed: seed.code, from: s.month, policy }, result, content.objectives));
  return 0;
}

function forecastText(
  head: { scenario: string; seed: string; from: number; policy: string },
  f: Forecast,
  objectives: readonly { id: string; text: string }[],
): string {
  const last = <T>(xs: readonly T[]) => xs[xs.length - 1]!;
  const band = (b: { p10: number; p50: number; p90: number }, fmt: (x: number) => string = String) => `${fmt(b.p10)} / ${fmt(b.p50)} / ${fmt(b.p90)}`;
  return [
    `${head.scenario} · seed ${head.seed} · from ${monthLabel(head.from)} · ${f.futures} futures (your nations go on with the ${head.policy} policy)`,
    `Chance of victory: ${fmtBp(f.winBp)}`,
    `Score at the end, p10 / p50 / p90: ${band(last(f.score))}`,
    `Russian gains by the end, km², p10 / p50 / p90: ${band(last(f.gainKm2), fmt)}`,
    `Fire ratio in the last month, p10 / p50 / p90: ${band(last(f.fireRatioBp), fmtRatio)}`,
    'Each objective: the chance it is met in full, and the share of its points earned on average:',
    ...f.objectives.map((o) => `  ${fmtBp(o.fullBp).padStart(7)} · ${fmtBp(o.meanBp).padStart(7)}  ${objectives.find((x) => x.id === o.id)?.text ?? o.id}`),
  ].join('\n');
}
