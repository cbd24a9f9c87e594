/** A game's save is only replaced by the same game played further: a second tab never writes over another tab's months. */
import { describe, expect, it } from 'vitest';
import { playsOn } from '../../src/persist/same-game';
import { createGameStore, type GameStore } from '../../src/store/game-store';
import { saveOf } from '../../src/ui/common/game-files';
import { game, scenario, shipped } from '../helpers';

/** A game of the shipped scenario played `months` months, with a pledge by Poland in the last one when asked. */
function played(months: number, options: { seed?: number; pledgeLast?: boolean } = {}): GameStore {
  const store = createGameStore({ content: shipped(), start: game(options.seed ?? 1) });
  for (let i = 0; i < months; i++) {
    if (options.pledgeLast && i === months - 1) expect(store.getState().addOrder({ kind: 'pledge', actor: 'PL', shareBp: 500 }).ok).toBe(true);
    store.getState().endTurn();
  }
  return store;
}

const saveText = (store: GameStore) => JSON.stringify(saveOf(scenario(), store, { gameId: 'abcdefgh12' }));
const saveOfGame = (store: GameStore) => saveOf(scenario(), store, { gameId: 'abcdefgh12' });

describe('what may be written over a game’s save', () => {
  it('an empty slot takes the save', () => {
    expect(playsOn(undefined, saveOfGame(played(1)))).toBe(true);
  });

  it('the same game played further replaces its save, and so does the same month saved again', () => {
    expect(playsOn(saveText(played(1)), saveOfGame(played(3)))).toBe(true);
    expect(playsOn(saveText(played(2)), saveOfGame(played(2)))).toBe(true);
  });

  it('the same game continued in another tab with a different month does not replace it', () => {
    expect(playsOn(saveText(played(2)), saveOfGame(played(2, { pledgeLast: true })))).toBe(false);
    expect(playsOn(saveText(played(2)), saveOfGame(played(3, { pledgeLast: true })))).toBe(true);
    expect(playsOn(saveText(played(3)), saveOfGame(played(3, { pledgeLast: true })))).toBe(false);
  });

  it('an earlier month never replaces a later one', () => {
    expect(playsOn(saveText(played(3)), saveOfGame(played(2)))).toBe(false);
  });

  it('another game, or what is not a save, is kept', () => {
    expect(playsOn(saveText(played(1, { seed: 2 })), saveOfGame(played(2)))).toBe(false);
    expect(playsOn('{"format":"race-of-logistics/save","turns":"oops"}', saveOfGame(played(2)))).toBe(false);
    expect(playsOn({ not: 'text' }, saveOfGame(played(2)))).toBe(false);
  });
});
