/**
 * Replay links (issue 12, items 1, 5, 7, 8): a whole game in an address. Each
 * golden replay travels as a link and comes back as the same game, hash for
 * hash; a game in progress travels too; and whatever is wrong with a link
 * (cut, mistyped, changed, too big, a bomb, other rules, a newer format) is
 * answered with what is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { parseReplayFile, type ReplayFile } from '../../src/share/files';
import { fromBase64Url, inflateBounded, toBase64Url } from '../../src/share/packed';
import type { StandingOrder } from '../../src/share/standing-order-schema';
import { checksum } from '../../src/share/replay-link/bytes';
import { linkedGameOfReplay, replayLinkedGame } from '../../src/share/replay-link/link-game';
import { encodeLinkedGame, makeReplayLink, MAX_LINK_CHARS, readReplayLink, type LinkedGame } from '../../src/share/replay-link/replay-link';
import { RULES_VERSION } from '../../src/sim/rules-version';

const goldenDir = `seeds/rules-${RULES_VERSION}`;
const goldens = readdirSync(goldenDir).filter((f) => f.endsWith('.replay.json'));
const replayOf = (file: string): ReplayFile => {
  const r = parseReplayFile(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const content = loadScenarioById('race-of-logistics').content;
const contentFor = (id: string) => (id === content.id ? content : undefined);
const golden = replayOf(`${goldenDir}/golden-balanced.replay.json`);
const base = 'https://example.org/race/';

describe('a replay link carries a whole game', () => {
  it.each(goldens)('the link of %s re-simulates to the same hash every month', (file) => {
    const replay = replayOf(`${goldenDir}/${file}`);
    const link = makeReplayLink(base, linkedGameOfReplay(replay), content);
    expect(link.startsWith(`${base}#/replay?g=`)).toBe(true);
    const read = readReplayLink(link, contentFor);
    if (!read.ok) throw new Error(read.problem);
    const played = replayLinkedGame(read.game, read.content);
    if (!played.ok) throw new Error(played.problem);
    expect(played.turns.map((t) => t.hash)).toEqual(replay.turns.map((t) => t.hash));
    expect(played.replay?.finalHash).toBe(replay.finalHash);
    expect(read.game.seed).toBe(replay.seed);
  });

  it('is a fraction of the replay file: the balanced golden game in under 3,000 characters', () => {
    const link = makeReplayLink(base, linkedGameOfReplay(golden), content);
    expect(link.length).toBeLessThan(3_000);
    expect(link.length * 10).toBeLessThan(JSON.stringify(golden).length);
  });

  it('keeps who played, and where a branched game left its original', () => {
    const game: LinkedGame = { ...linkedGameOfReplay(golden), played: ['DE', 'PL'], branch: { from: golden.finalHash, months: 7 } };
    const read = readReplayLink(encodeLinkedGame(game, content), contentFor);
    expect(read.ok && read.game.played).toEqual(['DE', 'PL']);
    expect(read.ok && read.game.branch).toEqual({ from: golden.finalHash, months: 7 });
  });

  it("carries the player's standing orders with the months each stood (format 2); a game without them keeps format 1", () => {
    const standing: StandingOrder[] = [
      { id: 's1', kind: 'drawdown', actor: 'DE', product: 'shell', amount: 5_000, since: 0 },
      { id: 's3', kind: 'toReadinessFloor', product: 'stinger', nations: ['PL', 'DE'], since: 2, until: 6 },
      { id: 's4', kind: 'toReadinessFloor', product: 'shell' },
    ];
    const game: LinkedGame = { ...linkedGameOfReplay(golden), standing };
    const text = encodeLinkedGame(game, content);
    const read = readReplayLink(text, contentFor);
    expect(read.ok && read.game.standing).toEqual(standing);
    const formatOf = (payload: string) => inflateBounded(fromBase64Url(payload), 1e7)[0];
    expect(formatOf(text)).toBe(2);
    expect(formatOf(encodeLinkedGame(linkedGameOfReplay(golden), content))).toBe(1);
    // The re-simulated game is the same: standing orders gave ordinary orders, which the months hold.
    const played = read.ok && replayLinkedGame(read.game, read.content);
    expect(played && played.ok && played.replay?.finalHash).toBe(golden.finalHash);
  });

  it('a standing order for a nation the game does not play, or cancelled before it stood, is refused', () => {
    const stranger = {
      ...linkedGameOfReplay(golden),
      played: ['PL'],
      standing: [{ id: 's2', kind: 'drawdown', actor: 'DE', product: 'shell', amount: 1, since: 0 }],
    };
    const read = readReplayLink(encodeLinkedGame(stranger as LinkedGame, content), contentFor);
    expect(!read.ok && read.problem).toBe('the link\'s standing order s2 is for "DE", a nation its game does not play');
    const backwards = { ...linkedGameOfReplay(golden), standing: [{ id: 's1', kind: 'toReadinessFloor', product: 'shell', since: 4, until: 4 }] };
    const answer = readReplayLink(encodeLinkedGame(backwards as LinkedGame, content), contentFor);
    expect(!answer.ok && answer.problem).toBe("the link's standing order s1 is cancelled (after 4 months) before it gave an order (set after 4)");
  });

  it('carries a game still in progress, which has no final score yet', () => {
    const months = golden.turns.slice(0, 5);
    const game: LinkedGame = { ...linkedGameOfReplay(golden), months: months.map((t) => t.orders), finalHash: months.at(-1)!.hash };
    const read = readReplayLink(encodeLinkedGame(game, content), contentFor);
    if (!read.ok) throw new Error(read.problem);
    const played = replayLinkedGame(read.game, read.content);
    expect(played.ok && played.turns.length).toBe(5);
    expect(played.ok && played.replay).toBeNull();
  });
});

describe('a link that is wrong is answered with what is wrong', () => {
  const payload = encodeLinkedGame(linkedGameOfReplay(golden), content);

  it('a changed order: the game does not re-simulate to the final hash the link records', () => {
    const game = linkedGameOfReplay(golden);
    const month = game.months.findIndex((m) => m.some((o) => o.kind === 'drawdown'));
    const changed = game.months.map((m, i) => (i === month ? m.map((o) => (o.kind === 'drawdown' ? { ...o, amount: o.amount + 1 } : o)) : m));
    const read = readReplayLink(encodeLinkedGame({ ...game, months: changed }, content), contentFor);
    if (!read.ok) throw new Error(read.problem);
    const played = replayLinkedGame(read.game, read.content);
    expect(played.ok).toBe(false);
    expect(!played.ok && played.problem).toMatch(/does not hold.*an order or the seed was changed/);
  });

  it('cut short or mistyped: its check or its deflate fails', () => {
    for (const text of [payload.slice(0, payload.length - 10), payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21)]) {
      const read = readReplayLink(text, contentFor);
      expect(!read.ok && read.problem).toMatch(/cut short or mistyped/);
    }
    expect(readReplayLink('#/replay?g=not*a*link', contentFor)).toMatchObject({ ok: false, problem: expect.stringMatching(/mistyped/) });
    expect(readReplayLink('#/play?scenario=x', contentFor)).toMatchObject({ ok: false, problem: expect.stringMatching(/not a replay link/) });
  });

  it('too long: refused before it is unpacked', () => {
    const read = readReplayLink('#/replay?g=' + 'A'.repeat(MAX_LINK_CHARS + 1), contentFor);
    expect(!read.ok && read.problem).toMatch(/too long/);
  });

  it('a deflate bomb stops at the size limit', () => {
    const bomb = toBase64Url(deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(readReplayLink(bomb, contentFor)).toMatchObject({ ok: false, problem: expect.stringMatching(/too large: it unpacks to more than 2 MB/) });
  });

  it('made under other rules: both versions named, never re-simulated', () => {
    const older = encodeLinkedGame({ ...linkedGameOfReplay(golden), rulesVersion: RULES_VERSION - 1 }, content);
    const read = readReplayLink(older, contentFor);
    expect(read).toMatchObject({ ok: false, otherRules: true });
    expect(!read.ok && read.problem).toContain(`made with rules version ${RULES_VERSION - 1}; this game plays rules version ${RULES_VERSION}`);
  });

  it('made by a newer game: its link format named', () => {
    const body = Uint8Array.from([3, RULES_VERSION, 0]);
    const sum = checksum(body);
    const bytes = Uint8Array.from([...body, sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff]);
    const read = readReplayLink(toBase64Url(deflateSync(bytes)), contentFor);
    expect(!read.ok && read.problem).toContain('made by a newer version of the game (replay link format 3; this one reads format 2)');
  });

  it('another scenario, or this one edited: named with its content hash', () => {
    expect(readReplayLink(payload, () => undefined)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/needs scenario "race-of-logistics", which is not available/),
    });
    const edited = { ...content, hash: '00000000000000' };
    expect(readReplayLink(payload, () => edited)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/content hash .*the one here has 00000000000000/),
    });
  });
});
