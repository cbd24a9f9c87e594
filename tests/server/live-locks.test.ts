/**
 * A lever locked live for some nations (trainer play-test: the desk locked a lever only for every
 * nation, and a class file's lock for Germany alone did not show). The lock reaches each team's game
 * as the trainer's order with its nations, the board names them, and a nation outside it plays on.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { shelfFrom, type ClassFile } from '../../src/share/class-file';
import type { Control } from '../../src/share/live/protocol';
import { encodeLeverLocks } from '../../src/share/live/lever-locks';
import { LiveClass } from '../../src/server/live-class';
import { previewOrders } from '../../src/sim/resolve-turn';
import { aClass } from '../class-fixture';
import { content } from './live-fixture';

const shelf = shelfFrom([loadScenarioById('race-in-a-lesson').scenario]);

function aLiveClass(k: ClassFile = aClass({ roles: ['US', 'DE'] })) {
  const made = LiveClass.fromFile('ABC-DEF-G', JSON.parse(JSON.stringify(k)), shelf);
  if (!made.ok) throw new Error(made.problem);
  return made.value;
}

const control = (live: LiveClass, c: Control) => live.applyControl(c, live.targetsOf(c), 0);

describe('a lever locked live for some nations', () => {
  it("shows the class file's locks on the board, for every nation or the nations named", () => {
    const live = aLiveClass(aClass({ roles: ['US', 'DE'], locks: [{ order: 'fundPlant' }, { order: 'pledge', nations: ['DE'] }] }));
    expect(encodeLeverLocks(live.lockedLevers, live.floorLocks)).toBe('fundPlant,pledge:DE');
  });

  it("shows the file's drawdown lock below Poland's readiness floor apart, until drawdowns are decided live", () => {
    // The class fixture's locks: new plants for every nation, and Polish drawdowns below the readiness floor.
    const live = aLiveClass();
    // Trainer play-test: the desk's drawdowns box was empty for it. It binds only some amounts, so it is not the lever's lock.
    expect(encodeLeverLocks(live.lockedLevers, live.floorLocks)).toBe('fundPlant,drawdown@floor:PL');
    control(live, { action: 'lockLever', lever: 'pledge', locked: true });
    expect(encodeLeverLocks(live.lockedLevers, live.floorLocks)).toBe('fundPlant,pledge,drawdown@floor:PL');
    // Drawdowns locked and then unlocked live: the trainer's word replaces the file's lock (sim/locks.ts).
    control(live, { action: 'lockLever', lever: 'drawdown', locked: true });
    expect(encodeLeverLocks(live.lockedLevers, live.floorLocks)).toBe('fundPlant,drawdown,pledge');
    control(live, { action: 'lockLever', lever: 'drawdown', locked: false });
    expect(encodeLeverLocks(live.lockedLevers, live.floorLocks)).toBe('fundPlant,pledge');
  });

  it("reaches each team's game with its nations: Germany is refused, the United States is not", () => {
    const live = aLiveClass();
    const us = live.addTeam('Blue', 'US');
    const de = live.addTeam('Gold', 'DE');
    expect(live.controlProblem({ action: 'lockLever', lever: 'pledge', locked: true, nations: ['DE'] })).toBeNull();
    const reached = control(live, { action: 'lockLever', lever: 'pledge', locked: true, nations: ['DE'] });
    expect(reached.map((t) => t.name)).toEqual(['Blue', 'Gold']);
    expect(us.trainerOrders).toEqual([{ kind: 'lockLever', actor: 'trainer', lever: 'pledge', nations: ['DE'], locked: true }]);
    expect(encodeLeverLocks(live.lockedLevers)).toBe('fundPlant,pledge:DE');
    const pledge = (nation: string, t: typeof us) =>
      previewOrders(content, t.state, [...t.trainerOrders, { kind: 'pledge', actor: nation, shareBp: 350 }]).results.at(-1)!.ok;
    expect(pledge('US', us)).toBe(true);
    expect(pledge('DE', de)).toBe(false);
    // Unlocked for every nation: the board shows it open.
    control(live, { action: 'lockLever', lever: 'pledge', locked: false });
    expect(encodeLeverLocks(live.lockedLevers)).toBe('fundPlant');
  });

  it('refuses a nation the scenario does not have, and an unlock for some nations, with the reason', () => {
    const live = aLiveClass();
    expect(live.controlProblem({ action: 'lockLever', lever: 'pledge', locked: true, nations: ['XX'] })).toBe('no nation "XX" in this class');
    expect(live.controlProblem({ action: 'lockLever', lever: 'pledge', locked: false, nations: ['DE'] })).toMatch(/^a lever is unlocked for every nation/);
  });
});
