/**
 * Fuzz (issue 12, item 7): 10,000 mutated replay links. Each is read and
 * re-simulated as the replay viewer and `sim verify` read it, and is either a
 * game that holds or refused with a reason, never an exception: 7,000 with
 * characters of the link edited (cut, replaced, deleted), and 3,000 whose game
 * was changed (an order's number, an order dropped or repeated, the seed) and
 * encoded again, so they pass the link's own check and reach the re-simulation.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { linkedGameOfReplay, replayLinkedGame } from '../../src/share/replay-link/link-game';
import { encodeLinkedGame, readReplayLink, type LinkedGame } from '../../src/share/replay-link/replay-link';
import type { Order } from '../../src/sim/types';
import { teamCode } from '../result-codes';

const rng = xoroshiro128plus(20261122);
const int = (lo: number, hi: number) => uniformInt(rng, lo, hi);
const { content } = loadScenario('race-in-a-lesson');
const contentFor = (id: string) => (id === content.id ? content : undefined);
const played = teamCode({ team: 'Kestrels', policy: 'balanced', seed: 'RACE-2023-X', scenario: 'race-in-a-lesson' });
const game = linkedGameOfReplay(played.replay);
const payload = encodeLinkedGame(game, content);

/** Reads and re-simulates a link; the answer's kind, or an exception fails the test. */
function answer(text: string): string {
  const read = readReplayLink(text, contentFor);
  if (!read.ok) {
    expect(read.problem.length).toBeGreaterThan(10);
    return read.problem.split(/[:(]/)[0]!;
  }
  const replayed = replayLinkedGame(read.game, read.content);
  if (!replayed.ok) expect(replayed.problem).toMatch(/does not hold|more than the scenario|seed/);
  if (!replayed.ok) return 'does not hold';
  return read.game.finalHash === game.finalHash && replayed.turns.length === game.months.length ? 'the same game' : 'another game';
}

function changed(g: LinkedGame): LinkedGame {
  const months = g.months.map((m) => [...m]);
  const m = int(0, months.length - 1);
  const orders = months[m]!;
  switch (int(0, 3)) {
    case 0: {
      const i = orders.findIndex((o) => o.kind === 'drawdown' || o.kind === 'pledge');
      if (i >= 0) {
        const o = orders[i]!;
        const delta = int(-5000, 5000) || 1;
        orders[i] = (o.kind === 'drawdown' ? { ...o, amount: o.amount + delta } : o.kind === 'pledge' ? { ...o, shareBp: o.shareBp + delta } : o) as Order;
      }
      break;
    }
    case 1:
      if (orders.length) orders.splice(int(0, orders.length - 1), 1);
      break;
    case 2:
      if (orders.length) orders.push(orders[int(0, orders.length - 1)]!);
      break;
    default:
      return { ...g, months, seed: ['RACE-2023-Y', 'K7QM-2XPA-B', 'nonsense'][int(0, 2)]! };
  }
  return { ...g, months };
}

describe('fuzzing replay links', () => {
  it('7,000 links with characters edited are each read or refused with a reason, never an exception', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_%#?=';
    const kinds = new Map<string, number>();
    for (let i = 0; i < 7_000; i++) {
      const chars = [...payload];
      for (let e = int(1, 3); e > 0; e--) {
        const at = int(0, chars.length - 1);
        const kind = int(0, 2);
        if (kind === 0) chars.splice(at, 1);
        else if (kind === 1) chars[at] = alphabet[int(0, alphabet.length - 1)]!;
        else chars.splice(at, chars.length - at);
      }
      const k = answer(`#/replay?g=${chars.join('')}`);
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    // The check catches almost every edit before a single month is re-simulated.
    expect((kinds.get('the link is cut short or mistyped') ?? 0) + (kinds.get('the link is mistyped') ?? 0)).toBeGreaterThan(6_500);
    // An edit that still reads is one of the unused bits of the last character: the same game, never another.
    expect(kinds.get('the same game') ?? 0).toBeLessThan(50);
    expect(kinds.get('another game')).toBeUndefined();
  });

  it('3,000 links whose game was changed and encoded again are each refused with a reason or hold, never an exception', () => {
    const kinds = new Map<string, number>();
    for (let i = 0; i < 3_000; i++) {
      const k = answer(encodeLinkedGame(changed(game), content));
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    // A changed game passes the link's check and is caught by the re-simulation.
    expect(kinds.get('does not hold') ?? 0).toBeGreaterThan(1_500);
    expect(kinds.get('the same game') ?? 0).toBeLessThan(1_500);
  });
});
