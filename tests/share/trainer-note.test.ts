/**
 * The class table names a game that carries the trainer's live controls
 * (issue 10, item 3): a team's code made with them shows its injects, locks and
 * reveals beside its score, with the months they came in; a plain game, or one only paused, shows nothing.
 */
import { describe, expect, it } from 'vitest';
import type { RankedTeam, ResultsGroup } from '../../src/share/results/groups';
import { teamCells, trainerNote } from '../../src/share/text/results-table';
import { TRAINER, type Order } from '../../src/sim/types';

const team = (orders: Order[]) =>
  ({
    result: { team: 'T', score: 70, grade: 'C', objectives: [], russianGainKm2: 0, avgFireRatioBp: 30_000, spentEur: 0, turns: [{ orders, hash: '' }] },
  }) as unknown as RankedTeam;

/** A war of one team: no column of what it played. */
const war = (t: RankedTeam) => ({ teams: [t], objectives: [] }) as unknown as ResultsGroup;

describe("the trainer's controls in the class table", () => {
  it('names the injects, locks and reveals in the note; a game without them has no note', () => {
    const live: Order[] = [
      { kind: 'facilitate', actor: TRAINER, action: 'pause' },
      { kind: 'inject', actor: TRAINER, eventId: 'czech-initiative' },
      { kind: 'drawdown', actor: 'US', product: 'shell', amount: 1000 },
    ];
    expect(trainerNote(team(live))).toBe('trainer live: 1 inject');
    expect(teamCells(team(live), 1, war(team(live))).at(-1)).toBe('trainer live: 1 inject');
    const more: Order[] = [
      ...live,
      { kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: [], locked: true },
      { kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: [], locked: false },
      { kind: 'facilitate', actor: TRAINER, action: 'revealRussia' },
    ];
    expect(trainerNote(team(more))).toBe('trainer live: 1 inject, 2 locks, 1 reveal');
    expect(trainerNote(team([live[2]!]))).toBe('');
    expect(teamCells(team([live[2]!]), 1, war(team([live[2]!]))).at(-1)).toBe('');
  });

  it('says the month each came in: a live inject reaches each team at the month its own game has reached', () => {
    const inject: Order = { kind: 'inject', actor: TRAINER, eventId: 'iran-shells' };
    const lock: Order = { kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: [], locked: true };
    const months = [2023 * 12 + 1, 2023 * 12 + 7, 2024 * 12 + 1].map((month) => ({ month }));
    const played = (turns: Order[][]) => ({ result: { turns: turns.map((orders) => ({ orders, hash: '' })), months } }) as unknown as RankedTeam;
    expect(trainerNote(played([[inject], [], []]))).toBe('trainer live: 1 inject (Feb 2023)');
    expect(trainerNote(played([[], [inject, lock], [lock]]))).toBe('trainer live: 1 inject (Aug 2023), 2 locks (Aug 2023, Feb 2024)');
  });

  it('leaves out pauses and resumes, which change nothing a team sees or scores', () => {
    const paused: Order[] = [
      { kind: 'facilitate', actor: TRAINER, action: 'pause' },
      { kind: 'facilitate', actor: TRAINER, action: 'resume' },
    ];
    expect(trainerNote(team(paused))).toBe('');
  });
});
