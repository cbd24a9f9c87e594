/** The set-aside games on the menu: checked again against the scenarios here, so one can be restored once it re-simulates. */
import { describe, expect, it } from 'vitest';
import { setAsideRecord } from '../../src/persist/set-aside';
import type { ScenarioFile } from '../../src/scenario/schema';
import { createGameStore } from '../../src/store/game-store';
import { contentOf } from '../../src/ui/common/content-cache';
import { saveOf } from '../../src/ui/common/game-files';
import { listSetAside } from '../../src/ui/menu/set-aside-games';
import { game, scenario } from '../helpers';

const own: ScenarioFile = { ...scenario(), id: 'my-own-war', title: 'My own war' };

/** A save of a game on `own` as an older build wrote it: without the scenario file. */
function ownSaveText(): string {
  const store = createGameStore({ content: contentOf(own), start: game(3, contentOf(own)) });
  store.getState().endTurn();
  return JSON.stringify(saveOf(own, store, { gameId: 'abcdefgh12' }));
}

describe('the set-aside games', () => {
  it('one whose scenario file is loaded now can be restored; until then it says what is missing', () => {
    const entry = { key: 'set-aside-a', value: setAsideRecord(ownSaveText(), 'its scenario "my-own-war" is not available here', new Date()) };
    const [before] = listSetAside([entry], []);
    expect(before?.stillFails).toMatch(/^its scenario "my-own-war" is not available here/);
    expect(before?.what).toBe('a game of "my-own-war", seed "' + (JSON.parse(ownSaveText()) as { seed: string }).seed + '", 1 month played');
    expect(listSetAside([entry], [own])[0]?.stillFails).toBeNull();
  });

  it('the most recently set aside comes first, and those set aside before dates were kept come last', () => {
    const at = (key: string, date: string) => ({ key, value: setAsideRecord('x', 'r', new Date(date)) });
    const bare = { key: 'set-aside-1', value: '{"turns":"oops"}' };
    const list = listSetAside([bare, at('set-aside-old', '2025-01-01'), at('set-aside-new', '2025-06-01')], []);
    expect(list.map((g) => g.key)).toEqual(['set-aside-new', 'set-aside-old', 'set-aside-1']);
    expect(list[2]?.stillFails).toMatch(/^it is not a valid save/);
  });
});
