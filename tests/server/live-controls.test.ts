/**
 * A control the trainer aims at every team says which teams it did not reach, and why (trainer play-test: an inject
 * "fired in 2 teams' games" of three, and nothing said that the third had had that news already).
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { shelfFrom } from '../../src/share/class-file';
import type { Control } from '../../src/share/live/protocol';
import { LiveClass } from '../../src/server/live-class';
import { applyTeamTurn } from '../../src/server/team-game';
import { controlNotice } from '../../src/ui/live/live-desk';
import { klass, usTurn } from './live-fixture';

const shelf = shelfFrom([loadScenarioById('race-in-a-lesson').scenario]);

function aLiveClass() {
  const made = LiveClass.fromFile('ABC-DEF-G', JSON.parse(JSON.stringify(klass)), shelf);
  if (!made.ok) throw new Error(made.problem);
  return made.value;
}

const inject = (team?: string): Control => ({ action: 'inject', eventId: 'czech-initiative', ...(team ? { team } : {}) });

describe("a control's teams left out", () => {
  it('names a team where the news has happened already, with the reason, and the desk says it', () => {
    const live = aLiveClass();
    const blue = live.addTeam('Blue', 'US');
    live.addTeam('Gold', 'US');
    // Blue gets the inject on its own and plays it.
    live.applyControl(inject(blue.id), live.targetsOf(inject(blue.id)), 0);
    applyTeamTurn(blue, live.resolveTurn(blue, usTurn(blue.state, blue.trainerOrders).orders));

    const targets = live.targetsOf(inject());
    expect(Object.keys(targets)).toEqual(['t2']);
    const skipped = live.skipped(inject(), targets);
    expect(skipped).toEqual([{ name: 'Blue', why: '"Czech initiative finds shells abroad" has already happened in this game' }]);
    const reached = live.applyControl(inject(), targets, 0).map((t) => t.name);
    const names = { event: () => 'Czech initiative finds shells abroad', nation: (id: string) => id };
    expect(controlNotice({ control: inject(), reached, skipped }, names)).toBe(
      `✔ Fired "Czech initiative finds shells abroad" in Gold's game. Not in Blue's game: "Czech initiative finds shells abroad" has already happened in this game.`,
    );
  });

  it('leaves out no team a control reaches, nor any for the class-wide controls', () => {
    const live = aLiveClass();
    live.addTeam('Blue', 'US');
    expect(live.skipped(inject(), live.targetsOf(inject()))).toEqual([]);
    const pause: Control = { action: 'pause' };
    expect(live.skipped(pause, live.targetsOf(pause))).toEqual([]);
  });
});
