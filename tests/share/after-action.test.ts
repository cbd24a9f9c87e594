/**
 * The after-action review is built from a game's record alone: the team's
 * decisions turn by turn (its own nations' orders, not the policy's), its
 * reasons as carried in the result code, the turning points with their
 * causes, and the allies' own course on the same seed.
 */
import { describe, expect, it } from 'vitest';
import { turningPointsByMonth } from '../../src/share/review/turning-points';
import { makeReplay } from '../../src/share/files';
import { decodeResultCode, encodeResultCode } from '../../src/share/result-code';
import { afterActionReview, type AfterActionReview } from '../../src/share/review/after-action';
import { playGame, POLICIES, RULES_VERSION, scoreGame } from '../../src/sim';
import type { Order } from '../../src/sim/types';
import { game, seed, shipped } from '../helpers';
import { aClass } from '../class-fixture';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { readClassValue, shelfFrom } from '../../src/share/class-file';
import { monthLabel } from '../../src/sim';

const content = shipped();
const start = game(11);
const others = start.nations.map((n) => n.id).filter((id) => id !== 'PL');
const draw: Order = { kind: 'drawdown', actor: 'PL', product: 'shell', amount: 4000 };
// Poland sends shells in the first month only; the policy plays every other nation.
const played = playGame(content, start, (s) => [...(s.turn === 0 ? [draw] : []), ...POLICIES.historical(content, s, others)]);

function reviewed(extra: { notes?: string[]; played?: string[] } = {}): AfterActionReview {
  const r = afterActionReview({ content, seed: start.seed, turns: played.turns, team: 'Eagles', ...extra });
  if ('problem' in r) throw new Error(r.problem);
  return r;
}

describe('the after-action review', () => {
  it('lists the team’s own decisions with its reason, and what followed, turn by turn', () => {
    const r = reviewed({ notes: ['Shells first'], played: ['PL'] });
    expect(r.turns).toHaveLength(played.turns.length);
    expect(r.turns[0]).toMatchObject({ note: 'Shells first', decisions: ['sends 4,000 155 mm shells from its stocks to Ukraine'], more: 0, refused: 0 });
    expect(r.turns[1]).toMatchObject({ note: '', decisions: [] });
    expect(r.turns.at(-1)!.scoreAfter).toBe(scoreGame(content, played.final).score);
    expect(r.score.score).toBe(scoreGame(content, played.final).score);
  });

  it('without the nations played (a replay file, an older code) it lists every nation’s orders, and says so', () => {
    const r = reviewed();
    expect(r.playedKnown).toBe(false);
    const names = content.nations.map((n) => n.name);
    const decisions = r.turns[0]!.decisions;
    // Each decision names its nation, as every nation's orders are listed.
    for (const d of decisions) expect(names.some((n) => d.startsWith(`${n} `))).toBe(true);
    expect(decisions.length + r.turns[0]!.more).toBeGreaterThan(1);
  });

  it('lists first the decisions that shape the years ahead, the month’s drawdowns after them', () => {
    const decisions = reviewed().turns[0]!.decisions;
    const drawdown = decisions.findIndex((d) => / from its stocks to Ukraine$/.test(d));
    const lasting = decisions.map((d, i) => (/ adds a shift at | offers | funds /.test(d) ? i : -1)).filter((i) => i >= 0);
    expect(lasting.length).toBeGreaterThan(0);
    if (drawdown >= 0) expect(Math.max(...lasting)).toBeLessThan(drawdown);
  });

  it('names the turning points with causes from their month’s report, largest first', () => {
    const r = reviewed({ played: ['PL'] });
    const front = r.turningPoints.find((p) => p.kind === 'front')!;
    // One month a turn in this scenario: the worst month is the worst turn.
    expect(front.change).toBe(Math.max(...r.turns.map((t) => t.gainKm2)));
    expect(front.causes.length).toBeGreaterThan(0);
    const parts = front.causes.map((c) => Math.abs(c.part));
    expect(parts).toEqual([...parts].sort((a, b) => b - a));
    expect(r.turningPoints.map((p) => p.kind)).toContain('stock');
  });

  it('puts turning points of the same month on one flag of the timeline, naming each', () => {
    const point = (kind: 'front' | 'stock' | 'score', month: number) => ({ kind, month, change: 1, what: '', causes: [] });
    expect(turningPointsByMonth([point('front', 8), point('stock', 8), point('score', 11)])).toEqual([
      { month: 8, kinds: ['front', 'stock'] },
      { month: 11, kinds: ['score'] },
    ]);
  });

  it('explains the stock’s turning point by what Ukraine fired first, then what arrived', () => {
    const stock = reviewed({ played: ['PL'] }).turningPoints.find((p) => p.kind === 'stock')!;
    expect(stock.causes[0]!.text).toMatch(/^Ukraine began the month with [\d,]+ shells and received [\d,]+; it fired [\d,]+ of the/);
  });

  it('a game whose record was altered is not reviewed as if it were the team’s', () => {
    const turns = played.turns.map((t, i) => (i === 2 ? { ...t, hash: '0'.repeat(14) } : t));
    const r = afterActionReview({ content, seed: start.seed, turns, team: 'Eagles' });
    expect(r).toEqual({ problem: "month 3 re-simulates to another state than the game's" });
  });

  it('marks the turns in which the trainer’s injects fired, scheduled by the class or fired live', () => {
    const read = readClassValue(
      JSON.parse(JSON.stringify(aClass())),
      shelfFrom([loadScenarioById('race-in-a-lesson').scenario, loadScenarioById('race-of-logistics').scenario]),
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const classContent = buildContent(read.session.scenario);
    const opening = newGame(classContent, seed(read.session.file.seed));
    const all = opening.nations.map((n) => n.id);
    const game = playGame(classContent, opening, (s) => POLICIES.historical(classContent, s, all));
    const r = afterActionReview({ content: classContent, seed: opening.seed, turns: game.turns, team: 'Eagles' });
    if ('problem' in r) throw new Error(r.problem);
    // Turns of six months: the May inject is in the first, the August one in the second.
    const marked = r.turns.filter((t) => t.injects.length).map((t) => [monthLabel(t.firstMonth), t.injects]);
    expect(marked).toEqual([
      ['Feb 2023', ['US aid stalls in Congress']],
      ['Aug 2023', ['A windfall for Poland']],
    ]);
  });

  it('the team’s reasons and nations travel in its result code', () => {
    const replay = makeReplay({
      rulesVersion: RULES_VERSION,
      scenarioId: content.id,
      scenarioHash: content.hash,
      seed: start.seed,
      turns: played.turns,
      finalHash: played.turns.at(-1)!.hash,
    });
    const code = encodeResultCode(replay, { score: 50, outcome: 'defeat', team: 'Eagles' }, { notes: ['Shells first'], played: ['PL'] });
    const back = decodeResultCode(code);
    expect(back.ok && back.remarks).toEqual({ notes: ['Shells first'], played: ['PL'] });
    const plain = decodeResultCode(encodeResultCode(replay, { score: 50, outcome: 'defeat', team: 'Eagles' }));
    expect(plain.ok && plain.remarks).toEqual({});
  });
});
