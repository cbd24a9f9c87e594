/**
 * A save is checked in full before the menu offers it: format, rules version,
 * scenario and content hash, the nations played, the seed, and every month
 * re-simulated. A bad one is refused with a reason a player can read.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/scenario/schema';
import type { SaveFile } from '../../src/share/files';
import { RULES_VERSION } from '../../src/sim/rules-version';
import { createGameStore } from '../../src/store/game-store';
import { contentOf } from '../../src/ui/common/content-cache';
import { saveOf } from '../../src/ui/common/game-files';
import { restoreSave, restoreStored } from '../../src/ui/menu/restore-save';
import { game, scenario, shipped } from '../helpers';

const file = scenario();
const scenarios: ScenarioFile[] = [file];

/** A save of the shipped scenario, played three months for every nation. */
function threeMonths(): SaveFile {
  const store = createGameStore({ content: shipped(), start: game(7) });
  for (let i = 0; i < 3; i++) store.getState().endTurn();
  return saveOf(file, store, { gameId: 'abcdefgh12' });
}

const problemOf = (save: SaveFile, list = scenarios) => {
  const r = restoreSave(save, list);
  return r.ok ? 'restored' : r.problem;
};

describe('restoring a save', () => {
  it('a save restores to the very game it saved, as the alliance coordinator', () => {
    const save = threeMonths();
    const r = restoreStored(JSON.stringify(save), scenarios);
    if (!r.ok) throw new Error(r.problem);
    expect(r.game.getState().history.at(-1)?.hash).toBe(save.turns.at(-1)?.hash);
    expect(r.role).toBe('coordinator');
  });

  it('a save of one playable nation restores for that nation', () => {
    const r = restoreSave({ ...threeMonths(), humanNations: ['PL'] }, scenarios);
    expect(r.ok && r.role).toBe('PL');
  });
});

describe('standing orders in a save', () => {
  it('a game keeps its standing orders through a save and a restore; their orders are not given until the game is on screen', () => {
    const store = createGameStore({ content: shipped(), start: game(7) });
    store.getState().addStanding({ kind: 'drawdown', actor: 'PL', product: 'shell', amount: 5000 });
    store.getState().addStanding({ kind: 'toReadinessFloor', product: 'stinger' });
    store.getState().endTurn();
    const r = restoreStored(JSON.stringify(saveOf(file, store, { gameId: 'abcdefgh12' })), scenarios);
    if (!r.ok) throw new Error(r.problem);
    expect(r.game.getState().standing).toEqual(store.getState().standing);
    expect(r.game.getState().pending).toEqual([]);
  });

  it('a save without standing orders does not name them, and restores with none', () => {
    const save = threeMonths();
    expect('standingOrders' in save).toBe(false);
    const r = restoreSave(save, scenarios);
    expect(r.ok && r.game.getState().standing).toEqual([]);
  });

  it('a standing order for a nation the game does not play is refused', () => {
    const save = { ...threeMonths(), humanNations: ['PL'] };
    const standingOrders = [{ id: 's1', kind: 'drawdown' as const, actor: 'US', product: 'shell', amount: 5000 }];
    expect(problemOf({ ...save, standingOrders })).toBe('its standing order s1 is for "US", a nation this game does not play');
  });
});

describe('a save the menu refuses, and why', () => {
  it('a nation the scenario does not have is named, markup and all, in quotes', () => {
    expect(problemOf({ ...threeMonths(), humanNations: ['<img src=x onerror=alert(1)>'] })).toBe(
      'it plays "<img src=x onerror=alert(1)>", which is not a nation of scenario "race-of-logistics"',
    );
    expect(problemOf({ ...threeMonths(), humanNations: ['US', 'XX'] })).toContain('"XX", which is not a nation');
  });

  it('a game must play every nation or one of them: two of eleven is no role, and neither is none', () => {
    expect(problemOf({ ...threeMonths(), humanNations: ['US', 'DE'] })).toBe(
      'it plays "US", "DE": a game plays every nation of its scenario or one playable nation',
    );
    expect(problemOf({ ...threeMonths(), humanNations: [] })).toContain('it plays no nation');
  });

  it('a nation that is not playable is refused when played alone', () => {
    const onlyUs = { ...file, playable: ['US'] };
    const save = threeMonths();
    const hash = contentOf(onlyUs).hash;
    expect(problemOf({ ...save, scenario: { ...save.scenario, hash }, humanNations: ['DE'] }, [onlyUs])).toContain('one playable nation');
    expect(problemOf({ ...save, scenario: { ...save.scenario, hash }, humanNations: ['US'] }, [onlyUs])).not.toContain('nation');
  });

  it('a scenario not here, or one edited since, is named', () => {
    const save = threeMonths();
    expect(problemOf({ ...save, scenario: { ...save.scenario, id: 'no-such-war' } })).toBe(
      'its scenario "no-such-war" is not available here (load that scenario file, then restore the game)',
    );
    expect(problemOf({ ...save, scenario: { ...save.scenario, hash: '0123456789abcd' } })).toBe(
      `its scenario "race-of-logistics" has been edited since the game was saved (content hash 0123456789abcd; the one here has ${save.scenario.hash})`,
    );
  });

  it('a save made under other rules is answered with both versions', () => {
    expect(problemOf({ ...threeMonths(), rulesVersion: RULES_VERSION + 1 })).toContain(`rules version ${RULES_VERSION + 1}`);
  });

  it('a seed that is not a seed code is refused', () => {
    expect(problemOf({ ...threeMonths(), seed: 'NOT-A-SEED' })).toMatch(/^its seed "NOT-A-SEED" is not valid/);
  });

  it('a month that does not re-simulate to its saved hash is named', () => {
    const save = threeMonths();
    const turns = save.turns.map((t, i) => (i === 1 ? { ...t, hash: '0123456789abcd' } : t));
    expect(problemOf({ ...save, turns })).toBe('month 2 does not re-simulate to its saved state');
  });

  it('what is not a save is refused with the path of the problem', () => {
    expect(restoreStored({ not: 'text' }, scenarios)).toEqual({ ok: false, problem: 'it is not a save (not text)' });
    const r = restoreStored('{"format":"race-of-logistics/save","version":2,"turns":"oops"}', scenarios);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(/^it is not a valid save \(.*\$\.turns/);
  });

  it('a long string from a save is cut short in the reason', () => {
    const problem = problemOf({ ...threeMonths(), humanNations: ['X'.repeat(10_000)] });
    expect(problem.length).toBeLessThan(200);
    expect(problem).toContain('…"');
  });
});

describe('a game on a scenario loaded from a file', () => {
  const own: ScenarioFile = { ...scenario(), id: 'my-own-war', title: 'My own war' };
  /** A game on `own` played two months, saved as the browser stores it. */
  function ownSave(): SaveFile {
    const store = createGameStore({ content: contentOf(own), start: game(7, contentOf(own)) });
    for (let i = 0; i < 2; i++) store.getState().endTurn();
    return JSON.parse(JSON.stringify(saveOf(own, store, { gameId: 'abcdefgh12', scenarioFromFile: true }))) as SaveFile;
  }

  it('is restored from the scenario file kept with its save, with no such scenario here', () => {
    const save = ownSave();
    const r = restoreSave(save, scenarios);
    if (!r.ok) throw new Error(r.problem);
    expect(r.scenario.title).toBe('My own war');
    expect(r.scenarioFromFile).toBe(true);
    expect(r.game.getState().history.at(-1)?.hash).toBe(save.turns.at(-1)?.hash);
  });

  it('a save of a bundled scenario does not carry the scenario', () => {
    expect(threeMonths().scenarioFile).toBeUndefined();
  });

  it('without its scenario file, such a save names the scenario that is missing', () => {
    expect(problemOf({ ...ownSave(), scenarioFile: undefined })).toBe(
      'its scenario "my-own-war" is not available here (load that scenario file, then restore the game)',
    );
  });

  it('a kept scenario file that was edited, or is past the scenario size limits, is refused', () => {
    const save = ownSave();
    expect(problemOf({ ...save, scenarioFile: { ...own, playable: ['US'] } })).toMatch(/not scenario "my-own-war" as the game was played/);
    const huge = { ...own, nations: Array.from({ length: 65 }, () => own.nations[0]) };
    expect(problemOf({ ...save, scenarioFile: huge })).toContain('$.nations: 65 entries; a scenario holds at most 64');
    expect(problemOf({ ...save, scenarioFile: 'not a scenario' })).toMatch(/kept with it, is not a valid scenario/);
  });
});
