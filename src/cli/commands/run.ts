/** `run`: play a scenario with a seed and a policy (and optional orders), print the result. */
import { playGame } from '../../sim/replay';
import { loadScenario, newGame } from '../scenario-files';
import { ordersSource, policyFrom, seedFrom } from '../setup';
import { resultJson, resultText } from '../summary';
import type { Args } from '../args';

export function run(args: Args): number {
  const { content } = loadScenario(args.need('scenario'));
  const { seed, fresh } = seedFrom(args.opt('seed'));
  const policy = policyFrom(args.opt('policy'), 'historical');
  const start = newGame(content, seed);
  const played = playGame(content, start, ordersSource(content, start, policy, args.opt('orders')), { hashTurns: false });
  const result = resultJson(content, played.final, { policy, turns: played.turns.length, freshSeed: fresh });
  console.log(args.flag('json') ? JSON.stringify(result) : resultText(result));
  return 0;
}
