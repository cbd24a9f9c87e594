/** `replay` writes a replay file; `verify` re-simulates one and checks every turn's hash. */
import { writeFileSync } from 'node:fs';
import { makeReplay, parseReplayFile } from '../../share/files';
import { parseSeed } from '../../share/seed-code';
import { hashState } from '../../sim/hash';
import { formatMonth, monthLabel } from '../../sim/month';
import { playGame, verifyTurns } from '../../sim/replay';
import { RULES_VERSION } from '../../sim/rules-version';
import type { Order } from '../../sim/types';
import { InputError } from '../input-error';
import { loadScenario, newGame, readText, scenarioHash } from '../scenario-files';
import { ordersSource, policyFrom, seedFrom } from '../setup';
import type { Args } from '../args';

export function replay(args: Args): number {
  const out = args.need('out');
  if (!args.opt('orders') && !args.opt('policy')) throw new InputError('replay: give --orders <file> or --policy passive|historical|balanced');
  const { scenario } = loadScenario(args.need('scenario'));
  const { seed, fresh } = seedFrom(args.opt('seed'));
  const policy = policyFrom(args.opt('policy'), 'historical');
  const start = newGame(scenario, seed);
  const played = playGame(start, ordersSource(start, policy, args.opt('orders')));
  const file = makeReplay({
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    scenarioHash: scenarioHash(scenario),
    seed: seed.code,
    policy,
    turns: played.turns,
    finalHash: hashState(played.final),
  });
  try {
    writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
  } catch (e) {
    throw new InputError(`--out: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  console.log(`wrote ${out}: ${scenario.id}, seed ${seed.code}${fresh ? ' (chosen for you)' : ''}, ${played.turns.length} turns, final hash ${file.finalHash}`);
  return 0;
}

export function verify(args: Args): number {
  const path = args.positional[0];
  if (!path) throw new InputError('verify: name a replay file');
  const parsed = parseReplayFile(readText(path));
  if (!parsed.ok) throw new InputError(parsed.problems.map((p) => `${path}: ${p.path}: ${p.message}`).join('\n'));
  const r = parsed.value;
  if (r.rulesVersion !== RULES_VERSION)
    throw new InputError(`${path}: made with rules version ${r.rulesVersion}; this build plays rules version ${RULES_VERSION}, so it cannot re-simulate it`);
  const { scenario } = loadScenario(args.opt('scenario') ?? r.scenario.id);
  const hash = scenarioHash(scenario);
  if (hash !== r.scenario.hash)
    throw new InputError(`${path}: needs scenario "${r.scenario.id}" with content hash ${r.scenario.hash}; the one found has ${hash} (it was edited)`);
  const seed = parseSeed(r.seed);
  if (!seed.ok) throw new InputError(`${path}: $.seed: ${seed.error}`);
  const start = newGame(scenario, seed.seed);
  const result = verifyTurns(
    start,
    r.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash })),
  );
  if (!result.ok) {
    console.log(
      `${path}: turn ${result.turn + 1} (${monthLabel(start.startMonth + result.turn)}) differs: recorded ${result.expected}, re-simulated ${result.actual}`,
    );
    return 1;
  }
  if (result.finalHash !== r.finalHash) {
    console.log(`${path}: every turn matches but $.finalHash ${r.finalHash} is not the final state's hash ${result.finalHash}`);
    return 1;
  }
  console.log(`${path}: verified ${r.turns.length} turns (${formatMonth(start.startMonth)} to ${formatMonth(start.endMonth)}), final hash ${result.finalHash}`);
  return 0;
}
