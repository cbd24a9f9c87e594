import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { makeReplay } from '../../src/share/files';
import { checkResultCode, decodeResultCode, encodeResultCode, RESULT_PREFIX } from '../../src/share/result-code';
import { hashState } from '../../src/sim/hash';
import { scoreGame } from '../../src/sim/metrics';
import { POLICIES } from '../../src/sim/policies';
import { ordersForTurn, playGame } from '../../src/sim/replay';
import { RULES_VERSION } from '../../src/sim/rules-version';
import { game } from '../helpers';

const { scenario, content } = loadScenario('race-of-logistics');
const start = game(77, content);
const all = start.nations.map((n) => n.id);
const played = playGame(content, start, (s) => ordersForTurn(content, s, [], POLICIES.balanced, all));
const replay = makeReplay({
  rulesVersion: RULES_VERSION,
  scenarioId: content.id,
  scenarioHash: content.hash,
  seed: start.seed,
  turns: played.turns,
  finalHash: hashState(played.final),
});
const score = scoreGame(content, played.final);

describe('result codes', () => {
  it('a team’s code verifies by re-simulating to the score it claims', () => {
    const code = encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: 'Team 3' });
    expect(code.startsWith(RESULT_PREFIX)).toBe(true);
    expect(RESULT_PREFIX).toBe('ROL2.');
    expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
    const check = checkResultCode(code, [content]);
    expect(check).toMatchObject({ ok: true, message: expect.stringContaining(`Team 3: ${score.score}/100`), finalHash: hashState(played.final) });
  });

  it('a branched game’s code says where it left its original, and still verifies', () => {
    const code = encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: 'Team 5' }, { branch: { from: 'abcdef01234567', months: 6 } });
    const decoded = decodeResultCode(code);
    expect(decoded.ok && decoded.remarks.branch).toEqual({ from: 'abcdef01234567', months: 6 });
    expect(checkResultCode(code, [content])).toMatchObject({ ok: true, message: expect.stringContaining('branched after month 6 of game abcdef01234567') });
  });

  it('a code that claims a better score than the game gives is refused', () => {
    const code = encodeResultCode(replay, { score: Math.min(100, score.score + 10), outcome: 'victory', team: 'Team 4' });
    expect(checkResultCode(code, [content])).toMatchObject({ ok: false, message: expect.stringMatching(/claims .* but the game re-simulates to/) });
  });

  it('a code for a scenario whose rules were edited is refused with the content hash it needs', () => {
    const front = { ...scenario.rules.front, gainNoiseBp: scenario.rules.front.gainNoiseBp + 1 };
    const other = buildContent({ ...scenario, rules: { ...scenario.rules, front } });
    const code = encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: 'Team 5' });
    expect(checkResultCode(code, [other])).toMatchObject({ ok: false, message: expect.stringContaining(`with content hash ${content.hash}`) });
  });

  it('a code cut short is answered plainly', () => {
    const code = encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: '' });
    expect(decodeResultCode(code.slice(0, code.length - 40))).toMatchObject({
      ok: false,
      problems: [{ path: '$', message: expect.stringContaining('does not unpack') }],
    });
  });
});
