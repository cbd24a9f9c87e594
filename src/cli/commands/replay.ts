/** `replay` writes a replay file; `verify` re-simulates one and checks every turn's hash. */
import { writeFileSync } from 'node:fs';
import { makeReplay, parseReplayFile } from '../../share/files';
import { checkReplay } from '../../share/check-replay';
import { checkResultCode, decodeResultCode, isResultCode } from '../../share/result-code';
import { hashState } from '../../sim/hash';
import { playGame } from '../../sim/replay';
import { RULES_VERSION } from '../../sim/rules-version';
import { InputError } from '../input-error';
import { loadScenario, newGame, readText } from '../scenario-files';
import { ordersSource, policyFrom, seedFrom } from '../setup';
import type { Args } from '../args';

export function replay(args: Args): number {
  const out = args.need('out');
  if (!args.opt('orders') && !args.opt('policy')) throw new InputError('replay: give --orders <file> or --policy passive|historical|balanced');
  const { scenario, content } = loadScenario(args.need('scenario'));
  const { seed, fresh } = seedFrom(args.opt('seed'));
  const policy = policyFrom(args.opt('policy'), 'historical');
  const start = newGame(content, seed);
  const played = playGame(content, start, ordersSource(content, start, policy, args.opt('orders')));
  const file = makeReplay({
    rulesVersion: RULES_VERSION,
    scenarioId: scenario.id,
    scenarioHash: content.hash,
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
  const text = readText(path);
  if (isResultCode(text)) {
    const decoded = decodeResultCode(text);
    if (!decoded.ok) throw new InputError(decoded.problems.map((p) => `${path}: ${p.path}: ${p.message}`).join('\n'));
    const result = checkResultCode(text, [loadScenario(args.opt('scenario') ?? decoded.replay.scenario.id).content]);
    console.log(`${path}: ${result.message}`);
    return result.ok ? 0 : 1;
  }
  const parsed = parseReplayFile(text);
  if (!parsed.ok) throw new InputError(parsed.problems.map((p) => `${path}: ${p.path}: ${p.message}`).join('\n'));
  const r = parsed.value;
  const { content } = loadScenario(args.opt('scenario') ?? r.scenario.id);
  const result = checkReplay(r, content);
  console.log(`${path}: ${result.message}`);
  return result.ok ? 0 : 1;
}
