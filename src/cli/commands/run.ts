/**
 * `run`: play a scenario with a seed and a policy (and optional orders), print the result. Every
 * order of the orders file that the rules refuse is reported with its month and reason, and the
 * run fails unless --allow-refused: a misspelt firm must not pass for "no orders".
 */
import { formatMessage, namesFor } from '../../share/text/messages';
import type { ScenarioContent } from '../../sim/content';
import { monthLabel } from '../../sim/month';
import type { OrderResult } from '../../sim/report';
import { playGame } from '../../sim/replay';
import { parseOrdersFile } from '../../share/files';
import { loadScenario, newGame, readText } from '../scenario-files';
import { ordersSource, policyFrom, seedFrom } from '../setup';
import { resultJson, resultText } from '../summary';
import type { Args } from '../args';

/** How many of each month's orders came from the orders file (they come first; the policy's follow). */
function fileOrderCounts(ordersPath: string | undefined): number[] {
  if (!ordersPath) return [];
  const parsed = parseOrdersFile(readText(ordersPath));
  return parsed.ok ? parsed.value.turns.map((t) => t.length) : [];
}

export function run(args: Args): number {
  const { content } = loadScenario(args.need('scenario'));
  const { seed, fresh } = seedFrom(args.opt('seed'));
  const policy = policyFrom(args.opt('policy'), 'historical');
  const start = newGame(content, seed);
  const counts = fileOrderCounts(args.opt('orders'));
  const refused: string[] = [];
  const played = playGame(content, start, ordersSource(content, start, policy, args.opt('orders')), {
    hashTurns: false,
    onResults: (turn, results) => refused.push(...refusals(content, start.month + turn, results.slice(0, counts[turn] ?? 0), turn)),
  });
  const result = resultJson(content, played.final, { policy, turns: played.turns.length, freshSeed: fresh });
  console.log(args.flag('json') ? JSON.stringify({ ...result, refusedOrders: refused }) : resultText(result));
  if (refused.length === 0) return 0;
  for (const line of refused) console.error(line);
  if (args.flag('allow-refused')) return 0;
  console.error(`${refused.length} order(s) of ${args.opt('orders')} were refused (pass --allow-refused to accept that)`);
  return 1;
}

function refusals(c: ScenarioContent, month: number, results: readonly OrderResult[], turn: number): string[] {
  const names = namesFor(c);
  return results.flatMap((r, i) =>
    r.ok ? [] : [`${monthLabel(month)} ($.turns[${turn}][${i}]): ${r.order.kind} by ${r.order.actor} refused: ${formatMessage(r.message, names)}`],
  );
}
