/**
 * Fuzz (issue 12, item 7): 10,000 mutated saves, each read as the menu reads
 * a stored save or an opened save file (restoreStored: checked in full, then
 * re-simulated month by month) and as the read-only viewer reads one of other
 * rules (recordedGame). Each is a game that re-simulates, or refused with a
 * reason (a JSON path when the file's shape is wrong), never an exception:
 * 6,000 with values changed at random paths (the orders, the seed, the
 * nations, the rules version …), 3,000 with characters of the text edited
 * (cut short, replaced, deleted), and 1,000 grown past the size limit, refused
 * before they are parsed.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { MAX_FILE_CHARS, type SaveFile } from '../../src/share/files';
import { restoreStored } from '../../src/ui/menu/restore-save';
import { recordedGame } from '../../src/ui/watch/recorded-game';
import { mutator, type MutableJson } from '../mutate';
import { teamCode } from '../result-codes';

const scenario = loadScenarioById('race-in-a-lesson').scenario;
const played = teamCode({ team: 'Kestrels', policy: 'balanced', seed: 'RACE-2023-X', scenario: 'race-in-a-lesson' });
const save: SaveFile = {
  format: 'race-of-logistics/save',
  version: 2,
  rulesVersion: played.replay.rulesVersion,
  scenario: played.replay.scenario,
  seed: played.replay.seed,
  humanNations: ['DE'],
  aiPolicy: 'balanced',
  savedAt: '2026-11-22T10:00:00.000Z',
  // Eight months: long enough to carry every kind of order, short enough to re-simulate 10,000 times.
  turns: played.replay.turns.slice(0, 8),
  gameId: 'fuzzgame0001',
};
const text = JSON.stringify(save);
const { rng, mutate, paths, pick } = mutator(20261122);
const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
const allPaths = paths(save as unknown as MutableJson);
// The orders are most of a save's paths: one mutation in six goes to the fields around them (rules version, seed, nations …).
const headPaths = allPaths.filter((p) => p[0] !== 'turns');

/** The menu's answer and the read-only viewer's to one stored text; an exception fails the test. */
function answer(stored: string): string {
  const restored = restoreStored(stored, [scenario]);
  const record = recordedGame(stored, [scenario]);
  if (restored.ok) {
    expect(restored.game.getState().history.map((h) => h.hash)).toEqual(restored.save.turns.map((t) => t.hash));
    return 'restored';
  }
  expect(restored.problem.length).toBeGreaterThan(10);
  if (!record.ok && record.problem.startsWith('it is not a valid save')) expect(record.problem).toMatch(/\$/);
  return restored.problem.split(/[:(]/)[0]!.slice(0, 40);
}

function edited(t: string): string {
  const at = int(0, t.length - 1);
  switch (int(0, 2)) {
    case 0:
      return t.slice(0, at);
    case 1:
      return `${t.slice(0, at)}${pick(['"', '}', '0', 'x', ',', '\\u0000', ' '])}${t.slice(at + 1)}`;
    default:
      return t.slice(0, at) + t.slice(at + int(1, 40));
  }
}

describe('fuzzing saves', () => {
  it('the save itself restores to every month it recorded', () => {
    expect(answer(text)).toBe('restored');
  });

  it('6,000 saves with values changed at random paths are each restored or refused with a reason, never an exception', () => {
    const kinds = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const kind = answer(JSON.stringify(mutate(save as unknown as MutableJson, i % 6 ? allPaths : headPaths)));
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    // The mutations reach every check: the file's shape, the rules version, the nations and the re-simulation itself.
    const said = [...kinds.keys()].join(' | ');
    expect(said).toMatch(/it is not a valid save/);
    expect(said).toMatch(/rules version/);
    expect(said).toMatch(/does not re-simulate/);
    expect(kinds.size).toBeGreaterThan(5);
  });

  it('3,000 saves with characters edited are each restored or refused with a reason, never an exception', () => {
    let refused = 0;
    for (let i = 0; i < 3000; i++) if (answer(edited(text)) !== 'restored') refused++;
    expect(refused).toBeGreaterThan(2500);
  });

  it('1,000 saves grown past the size limit are refused before they are parsed', () => {
    const pad = 'x'.repeat(MAX_FILE_CHARS);
    for (let i = 0; i < 1000; i++) {
      const big = `${text.slice(0, -1)},"pad":"${pad.slice(0, MAX_FILE_CHARS - text.length + int(0, 5000))}"}`;
      const restored = restoreStored(big, [scenario]);
      expect(restored.ok).toBe(false);
      expect(!restored.ok && restored.problem).toMatch(/too large|characters/);
    }
  });
});
