/** `replay` writes a replay file; `verify` re-simulates one and checks every turn's hash. */
import { writeFileSync } from 'node:fs';
import { makeReplay, parseReplayFile } from '../../share/files';
import { checkReplay, otherRulesMessage } from '../../share/check-replay';
import { formatMonth } from '../../sim/month';
import { checkResultCode, decodeResultCode, isResultCode } from '../../share/result-code';
import { linkedGameOfReplay, replayLinkedGame } from '../../share/replay-link/link-game';
import { linkPayload, makeReplayLink, readReplayLink } from '../../share/replay-link/replay-link';
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

/** Where a game is played from when a link is printed without --base: the address `npm run dev` serves. */
const DEV_ADDRESS = 'http://localhost:5173/';

/** `link`: a replay file's (or result code's) game as a replay link, printed on one line. */
export function link(args: Args): number {
  if (args.positional.length !== 1) throw new InputError('link: name one replay file (or a file with a result code)');
  const path = args.positional[0]!;
  const text = readText(path);
  const decoded = isResultCode(text) ? decodeResultCode(text) : parseReplayFile(text);
  if (!decoded.ok) throw new InputError(`${path}: ${decoded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const replay = 'replay' in decoded ? decoded.replay : decoded.value;
  const played = 'remarks' in decoded ? decoded.remarks.played : undefined;
  if (replay.rulesVersion !== RULES_VERSION) throw new InputError(`${path}: ${otherRulesMessage('replay', replay.rulesVersion)}`);
  const content = (args.opt('scenario') ? loadScenario(args.opt('scenario')!) : loadScenarioById(replay.scenario.id)).content;
  const check = checkReplay(replay, content);
  if (!check.ok) throw new InputError(`${path}: ${check.message}`);
  const link = makeReplayLink(args.opt('base') ?? DEV_ADDRESS, linkedGameOfReplay(replay, played ? { played } : {}), content);
  const out = args.opt('out');
  if (!out) {
    console.log(link);
    return 0;
  }
  try {
    writeFileSync(out, link + '\n');
  } catch (e) {
    throw new InputError(`--out: cannot write ${out} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  console.log(`wrote ${out}: a replay link of ${link.length.toLocaleString('en')} characters`);
  return 0;
}

/** A replay link (given on the command line or in a file): read, re-simulated, and for a finished game checked like a replay. */
function verifyLink(where: string, text: string, scenarioFor: (id: string) => ReturnType<typeof loadScenarioById>['content']): Verdict {
  const read = readReplayLink(text, (id) => {
    try {
      return scenarioFor(id);
    } catch (e) {
      if (e instanceof InputError) return undefined;
      throw e;
    }
  });
  if (!read.ok) return { file: where, ok: false, message: read.problem };
  const played = replayLinkedGame(read.game, read.content);
  if (!played.ok) return { file: where, ok: false, message: played.problem };
  const upTo = formatMonth(read.content.startMonth + played.turns.length - 1);
  if (!played.replay)
    return { file: where, ok: true, message: `verified ${played.turns.length} months (a game in progress, to ${upTo}), last hash ${read.game.finalHash}` };
  const check = checkReplay(played.replay, read.content);
  return { file: where, ok: check.ok, message: check.message };
}

/** One file or link: a result code, a replay or a replay link, checked against its scenario (by id among the shipped ones, or the one given). */
function verifyOne(path: string, scenarioRef: string | undefined): Verdict {
  const scenarioFor = (id: string) => (scenarioRef ? loadScenario(scenarioRef) : loadScenarioById(id)).content;
  const given = path.includes('#/replay?');
  if (given) return verifyLink('link', path, scenarioFor);
  const text = readText(path);
  if (linkPayload(text) !== null && text.includes('#/replay?')) return verifyLink(path, text, scenarioFor);
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
