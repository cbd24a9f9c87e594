/** `replay` writes a replay file; `verify` re-simulates one and checks every turn's hash. */
import { writeFileSync } from 'node:fs';
import { makeReplay, parseReplayFile } from '../../share/files';
import { checkReplay } from '../../share/check-replay';
import { checkResultCode, decodeResultCode, isResultCode } from '../../share/result-code';
import { hashState } from '../../sim/hash';
import { playGame } from '../../sim/replay';
import { RULES_VERSION } from '../../sim/rules-version';
import { InputError } from '../input-error';
import { loadScenario, loadScenarioById, newGame, readText } from '../scenario-files';
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

type Verdict = { file: string; ok: boolean; message: string };

/** One file: a result code or a replay, checked against its scenario (by id among the shipped ones, or the one given). */
function verifyOne(path: string, scenarioRef: string | undefined): Verdict {
  const text = readText(path);
  const scenarioFor = (id: string) => (scenarioRef ? loadScenario(scenarioRef) : loadScenarioById(id)).content;
  if (isResultCode(text)) {
    const decoded = decodeResultCode(text);
    if (!decoded.ok) return { file: path, ok: false, message: decoded.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
    const result = checkResultCode(text, [scenarioFor(decoded.replay.scenario.id)]);
    return { file: path, ok: result.ok, message: result.message };
  }
  const parsed = parseReplayFile(text);
  if (!parsed.ok) return { file: path, ok: false, message: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  const result = checkReplay(parsed.value, scenarioFor(parsed.value.scenario.id));
  return { file: path, ok: result.ok, message: result.message };
}

export function verify(args: Args): number {
  if (args.positional.length === 0) throw new InputError('verify: name at least one replay file or result-code file');
  const verdicts = args.positional.map((path) => {
    try {
      return verifyOne(path, args.opt('scenario'));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return { file: path, ok: false, message: e.message };
    }
  });
  if (args.flag('json')) console.log(JSON.stringify(verdicts));
  else for (const v of verdicts) console.log(`${v.file}: ${v.message}`);
  return verdicts.every((v) => v.ok) ? 0 : 1;
}
