/**
 * A live class's locked levers on the trainer's board: each for every nation or for some (trainer
 * play-test: a lever could be locked live only for every nation, and a file lock for Germany alone did
 * not show on its box). Locking or unlocking one nation keeps the lever's others as they were.
 */
import { describe, expect, it } from 'vitest';
import { changeOne, decodeFloorLock, decodeLeverLocks, encodeLeverLocks } from '../../src/share/live/lever-locks';

const EVERY = ['DE', 'PL', 'RU', 'UK', 'US'];

describe("the board's locked levers", () => {
  it('read back as written, every nation or some', () => {
    const locks = new Map([
      ['pledge', ['DE', 'PL']],
      ['fundPlant', []],
    ] as const);
    const text = encodeLeverLocks(locks as never);
    expect(text).toBe('fundPlant,pledge:DE+PL');
    expect([...decodeLeverLocks(text)]).toEqual([
      ['fundPlant', []],
      ['pledge', ['DE', 'PL']],
    ]);
    expect(decodeLeverLocks('')).toEqual(new Map());
    expect([...decodeLeverLocks('notALever:DE,addShift')]).toEqual([['addShift', []]]);
  });

  it("carry a drawdown lock below the readiness floor apart from the lever's own lock", () => {
    const text = encodeLeverLocks(new Map([['drawdown', ['DE']]]) as never, ['PL']);
    expect(text).toBe('drawdown:DE,drawdown@floor:PL');
    expect([...decodeLeverLocks(text)]).toEqual([['drawdown', ['DE']]]);
    expect(decodeFloorLock(text)).toEqual(['PL']);
    expect(decodeFloorLock(encodeLeverLocks(new Map(), []))).toEqual([]);
    expect(decodeFloorLock('fundPlant')).toBeNull();
  });

  it('lock one nation more, and come to every nation when none is left out', () => {
    expect(changeOne(undefined, 'DE', true, EVERY)).toEqual(['DE']);
    expect(changeOne(['US'], 'DE', true, EVERY)).toEqual(['DE', 'US']);
    expect(changeOne(['DE', 'PL', 'RU', 'UK'], 'US', true, EVERY)).toEqual([]);
    expect(changeOne([], 'US', true, EVERY)).toEqual([]);
  });

  it('unlock one nation: from every nation the others stay locked; the last one opens the lever', () => {
    expect(changeOne([], 'US', false, EVERY)).toEqual(['DE', 'PL', 'RU', 'UK']);
    expect(changeOne(['DE', 'US'], 'US', false, EVERY)).toEqual(['DE']);
    expect(changeOne(['US'], 'US', false, EVERY)).toBeNull();
    expect(changeOne(undefined, 'US', false, EVERY)).toBeNull();
  });
});
