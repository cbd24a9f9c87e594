/**
 * The trainer's deadline for a turn (trainer play-test): its clock stops while the class is paused
 * and starts again from what was left, and it is for the turn each team was at when it was set, not
 * the next one. A restored class (its controls replayed with their times and targets) has the same.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { shelfFrom } from '../../src/share/class-file';
import type { Control } from '../../src/share/live/protocol';
import { LiveClass } from '../../src/server/live-class';
import { applyTeamTurn } from '../../src/server/team-game';
import { klass, usTurn } from './live-fixture';

const shelf = shelfFrom([loadScenarioById('race-in-a-lesson').scenario]);
const MIN = 60_000;

function aLiveClass() {
  const made = LiveClass.fromFile('ABC-DEF-G', JSON.parse(JSON.stringify(klass)), shelf);
  if (!made.ok) throw new Error(made.problem);
  return made.value;
}

const control = (live: LiveClass, c: Control, now: number) => live.applyControl(c, live.targetsOf(c), now);

describe("the trainer's deadline", () => {
  it('stops while the class is paused and runs on from what was left', () => {
    const live = aLiveClass();
    live.addTeam('Blue', 'US');
    control(live, { action: 'deadline', minutes: 5 }, 0);
    expect(live.deadlineAt).toBe(5 * MIN);
    control(live, { action: 'pause' }, 2 * MIN);
    // Paused three minutes later: three minutes are left, and no clock runs out meanwhile.
    expect([live.deadlineAt, live.deadlineLeftMs]).toEqual([0, 3 * MIN]);
    control(live, { action: 'resume' }, 10 * MIN);
    expect([live.deadlineAt, live.deadlineLeftMs]).toEqual([13 * MIN, 0]);
  });

  it('set while paused, starts when the class resumes; cleared, it is gone', () => {
    const live = aLiveClass();
    live.addTeam('Blue', 'US');
    control(live, { action: 'pause' }, 0);
    control(live, { action: 'deadline', minutes: 4 }, MIN);
    expect([live.deadlineAt, live.deadlineLeftMs]).toEqual([0, 4 * MIN]);
    control(live, { action: 'resume' }, 6 * MIN);
    expect(live.deadlineAt).toBe(10 * MIN);
    control(live, { action: 'deadline', minutes: 0 }, 7 * MIN);
    expect([live.deadlineAt, live.deadlineLeftMs]).toEqual([0, 0]);
    expect(live.figures(live.teams.get('t1')!).deadlineTurn).toBe(-1);
  });

  it('is for the turn each team was at when it was set: a team that ends that turn has none in the next', () => {
    const live = aLiveClass();
    const blue = live.addTeam('Blue', 'US');
    const gold = live.addTeam('Gold', 'US');
    const turn = usTurn(blue.state);
    applyTeamTurn(blue, live.resolveTurn(blue, turn.orders));
    control(live, { action: 'deadline', minutes: 5 }, 0);
    expect([live.figures(blue).deadlineTurn, live.figures(gold).deadlineTurn]).toEqual([blue.state.turn, 0]);
    expect(blue.state.turn).toBeGreaterThan(0);
    // A team joining after the deadline was set has none.
    expect(live.figures(live.addTeam('Teal', 'US')).deadlineTurn).toBe(-1);
  });

  it('restored after a restart (turns replayed before controls), is for the turns recorded with it', () => {
    const live = aLiveClass();
    const blue = live.addTeam('Blue', 'US');
    applyTeamTurn(blue, live.resolveTurn(blue, usTurn(blue.state).orders));
    // As restore-class.ts does: the team's turns first, then the control with the targets stored when it was given (turn 0).
    live.applyControl({ action: 'deadline', minutes: 5 }, { t1: 0 }, 0);
    expect(live.figures(blue).deadlineTurn).toBe(0);
  });
});
