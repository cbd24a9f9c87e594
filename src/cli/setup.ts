/** What `run`, `replay` and `batch` share: seed, policy and orders from the command line. */
import { randomBytes } from 'node:crypto';
import { parseOrdersFile } from '../share/files';
import { parseSeed, randomSeed, type Seed } from '../share/seed-code';
import { isTurnStart } from '../sim/turns';
import { isPolicyName, POLICIES, type PolicyName } from '../sim/policies';
import { ordersForTurn } from '../sim/replay';
import type { ScenarioContent } from '../sim/content';
import type { GameState, Order } from '../sim/types';
import { InputError } from './input-error';
import { readText } from './scenario-files';

export function seedFrom(code: string | undefined): { seed: Seed; fresh: boolean } {
  if (code === undefined) return { seed: randomSeed(() => randomBytes(4).readUInt32BE(0)), fresh: true };
  const parsed = parseSeed(code);
  if (!parsed.ok) throw new InputError(`--seed: ${parsed.error}`);
  return { seed: parsed.seed, fresh: false };
}

export function policyFrom(name: string | undefined, fallback: PolicyName): PolicyName {
  const policy = name ?? fallback;
  if (!isPolicyName(policy)) throw new InputError(`--policy: "${policy}" is not one of ${Object.keys(POLICIES).join(', ')}`);
  return policy;
}

/**
 * Orders per turn: from the orders file for the nations it plays (all, unless
 * it lists some), from the policy for every other nation.
 */
export function ordersSource(content: ScenarioContent, start: GameState, policy: PolicyName, ordersPath: string | undefined): (s: GameState) => Order[] {
  const allNations = start.nations.map((n) => n.id);
  // The policy stands in for the players, so it decides when they would: at each turn's start. The
  // historical course is the record, month by month, whatever the scenario's turns.
  const decides = (s: GameState) => policy === 'historical' || isTurnStart(content, s);
  if (!ordersPath) return (s) => (decides(s) ? ordersForTurn(content, s, [], POLICIES[policy], allNations) : []);
  const parsed = parseOrdersFile(readText(ordersPath));
  if (!parsed.ok) throw new InputError(parsed.problems.map((p) => `${ordersPath}: ${p.path}: ${p.message}`).join('\n'));
  const human = parsed.value.nations ?? allNations;
  const unknown = human.find((id) => !allNations.includes(id));
  if (unknown) throw new InputError(`${ordersPath}: $.nations: unknown nation "${unknown}"`);
  const rest = allNations.filter((id) => !human.includes(id));
  const turns = parsed.value.turns;
  turns.forEach((orders, t) =>
    orders.forEach((o, i) => {
      if (!human.includes(o.actor))
        throw new InputError(
          `${ordersPath}: $.turns[${t}][${i}].actor: "${o.actor}" is not one of the nations this file plays (${human.join(', ')}); the policy plays it`,
        );
    }),
  );
  return (s) => ordersForTurn(content, s, turns[s.turn] ?? [], POLICIES[policy], rest);
}
