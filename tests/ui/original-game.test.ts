/**
 * A branch beside the game it left: when the original was shared before its end, the debrief sets the two side by side
 * over the same months, the branch's figures taken at the original's last month (hobbyist play-test: ten months of the
 * branch against four of the original read as if the original did better).
 */
import { describe, expect, it } from 'vitest';
import { gameMetrics, resolveTurn, scoreGame, type GameState } from '../../src/sim';
import { withBranchThen, type OriginalGame } from '../../src/ui/debrief/original-game';
import { loadScenario, newGame } from '../../src/cli/scenario-files';
import { seedFromValue } from '../../src/share/seed-code';

const { content } = loadScenario('stocks-running-dry');
const states: GameState[] = [newGame(content, seedFromValue(20230214))];
while (!states.at(-1)!.finished) states.push(resolveTurn(content, states.at(-1)!, [], { explain: false }).state);
const original = (o: Partial<OriginalGame>): OriginalGame => ({
  metrics: gameMetrics(content, states[4]!),
  score: null,
  upTo: 'Dec 2022',
  kept: 2,
  months: 4,
  ...o,
});

describe('a branch and the original it left', () => {
  it('takes the branch’s figures at the original’s last month when the original stopped sooner', () => {
    const then = withBranchThen(original({}), states, content).branchThen!;
    expect(then).toEqual(gameMetrics(content, states[4]!));
    expect(then.territoryLostKm2).not.toBe(gameMetrics(content, states.at(-1)!).territoryLostKm2);
  });

  it('compares whole games when the original was played to its end, or ran as long as the branch', () => {
    expect(withBranchThen(original({ score: scoreGame(content, states.at(-1)!) }), states, content).branchThen).toBeUndefined();
    expect(withBranchThen(original({ months: states.length - 1 }), states, content).branchThen).toBeUndefined();
  });
});
