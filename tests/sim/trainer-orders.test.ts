/**
 * The trainer's live controls (issue 10, item 3): in a facilitated game the
 * trainer fires an event now, pauses and reveals; each is an order in the
 * month's list, so the replay of that game re-simulates and verifies. A
 * class whose file does not say it is facilitated refuses them, so a team's
 * result code cannot carry injects its trainer never fired; a nation cannot
 * give them.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { readClassValue, shelfFrom, type ClassFile } from '../../src/share/class-file';
import { formatMessage, namesFor } from '../../src/share/text/messages';
import { hashState } from '../../src/sim/hash';
import { playGame, verifyTurns } from '../../src/sim/replay';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { TRAINER, type GameState, type Order } from '../../src/sim/types';
import { aClass } from '../class-fixture';
import { seed } from '../helpers';

const lesson = loadScenarioById('race-in-a-lesson').scenario;
const shelf = shelfFrom([lesson]);

function classContent(k: Partial<ClassFile>) {
  const r = readClassValue(JSON.parse(JSON.stringify(aClass(k))), shelf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return buildContent(r.session.scenario);
}

const ukraineShells = (s: GameState) => s.ukraine.stock.shell ?? 0;

describe("the trainer's live controls", () => {
  it('an inject fired now changes the war in that turn, and the replay of the facilitated game verifies', () => {
    const c = buildContent(lesson);
    const start = newGame(c, seed('0000-0007-S'));
    // The Czech initiative's shells (a 2024 event) fired in the first turn, with a pause and a reveal around it.
    const event = c.events.find((e) => e.actions.some((a) => a.kind === 'ukraineSupply'))!;
    const live: Order[] = [
      { kind: 'facilitate', actor: TRAINER, action: 'pause' },
      { kind: 'inject', actor: TRAINER, eventId: event.id },
      { kind: 'facilitate', actor: TRAINER, action: 'revealRussia' },
      { kind: 'facilitate', actor: TRAINER, action: 'resume' },
    ];
    const plain = resolveTurn(c, start, [], { explain: false }).state;
    const turn = resolveTurn(c, start, live, { explain: true });
    expect(turn.report.orders.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(formatMessage(turn.report.orders[1]!.message, namesFor(c, turn.state))).toBe(`the trainer fires "${event.title}" now`);
    expect(turn.state.firedEvents).toContain(event.id);
    expect(ukraineShells(turn.state)).toBeGreaterThan(ukraineShells(plain));
    // Pausing and revealing change no figure: only the inject does.
    const injectOnly = resolveTurn(c, start, [live[1]!], { explain: false }).state;
    expect(hashState(injectOnly)).toBe(hashState(turn.state));

    const played = playGame(c, start, (s) => (s.turn === start.turn ? live : []));
    expect(verifyTurns(c, start, played.turns)).toEqual({ ok: true, finalHash: hashState(played.final) });
    // The same orders without the inject do not match the record: the replay proves the inject happened.
    const without = played.turns.map((t, i) => (i === 0 ? { ...t, orders: t.orders.filter((o) => o.kind !== 'inject') } : t));
    expect(verifyTurns(c, start, without)).toMatchObject({ ok: false, turn: 0 });
  });

  it('an event cannot be fired twice, an unknown one is named, and a nation cannot give class controls', () => {
    const c = buildContent(lesson);
    const s = newGame(c, seed('0000-0007-S'));
    const fired = s.firedEvents[0]!;
    const { report, state } = resolveTurn(
      c,
      s,
      [
        { kind: 'inject', actor: TRAINER, eventId: fired },
        { kind: 'inject', actor: TRAINER, eventId: 'no-such-event' },
        { kind: 'facilitate', actor: 'US', action: 'pause' },
      ],
      { explain: false },
    );
    const said = report.orders.map((r) => formatMessage(r.message, namesFor(c, state)));
    expect(report.orders.every((r) => !r.ok)).toBe(true);
    expect(said[0]).toMatch(/has already happened in this game$/);
    expect(said[1]).toBe('no event "no-such-event" in this scenario');
    expect(said[2]).toBe('only the trainer gives class controls, not United States');
  });

  it('a class refuses them unless its file says it is facilitated, and the flag is part of its content hash', () => {
    const order: Order = { kind: 'inject', actor: TRAINER, eventId: 'us-aid-freeze' };
    const plain = classContent({});
    const facilitated = classContent({ facilitated: true });
    expect(facilitated.hash).not.toBe(plain.hash);
    const refused = resolveTurn(plain, newGame(plain, seed('0000-0007-S')), [order], { explain: false });
    expect(formatMessage(refused.report.orders[0]!.message, namesFor(plain, refused.state))).toBe(
      'this class is not run by a facilitator: its file does not allow live controls',
    );
    const allowed = resolveTurn(facilitated, newGame(facilitated, seed('0000-0007-S')), [order], { explain: false });
    expect(allowed.report.orders[0]!.ok).toBe(true);
    expect(allowed.state.nations.find((n) => n.id === 'US')!.aidFrozenUntil).toBeGreaterThanOrEqual(allowed.state.month - 1);
  });

  it('locks a lever live from the next order on, unlocks one the class file locked, and the replay carries both', () => {
    const c = classContent({ facilitated: true });
    const start = newGame(c, seed('0000-0007-S'));
    const plant = c.templates.find((t) => t.nationId === 'US')!.id;
    const pledge: Order = { kind: 'pledge', actor: 'DE', shareBp: 250 };
    const say = (r: { message: Parameters<typeof formatMessage>[0] }) => formatMessage(r.message, namesFor(c, start));
    const turn = resolveTurn(
      c,
      start,
      [
        { kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: ['DE'], locked: true },
        pledge,
        // The file locks new plants for everyone; the trainer frees them for this game.
        { kind: 'lockLever', actor: TRAINER, lever: 'fundPlant', nations: [], locked: false },
        { kind: 'fundPlant', actor: 'US', templateId: plant },
      ],
      { explain: false },
    );
    const [lock, refused, unlock, funded] = turn.report.orders;
    expect(say(lock!)).toBe('the trainer locks pledges for Germany');
    expect(refused!.ok).toBe(false);
    expect(say(refused!)).toBe('locked by your trainer: no new pledges for Germany');
    expect(say(unlock!)).toBe('the trainer unlocks new plants for every nation');
    expect(funded!.ok).toBe(true);
    // The lock holds in later turns, until the trainer lifts it.
    const later = resolveTurn(c, turn.state, [pledge], { explain: false });
    expect(later.report.orders[0]!.ok).toBe(false);
    const lifted = resolveTurn(c, turn.state, [{ kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: [], locked: false }, pledge], { explain: false });
    expect(lifted.report.orders[1]!.ok).toBe(true);

    const played = playGame(c, start, (s) =>
      s.turn === start.turn ? [{ kind: 'lockLever', actor: TRAINER, lever: 'pledge', nations: ['DE'], locked: true }] : [],
    );
    expect(verifyTurns(c, start, played.turns)).toEqual({ ok: true, finalHash: hashState(played.final) });
    // Without the lock the record does not hold: the replay proves the trainer locked it.
    const without = played.turns.map((t, i) => (i === 0 ? { ...t, orders: t.orders.filter((o) => o.kind !== 'lockLever') } : t));
    expect(verifyTurns(c, start, without)).toMatchObject({ ok: false, turn: 0 });
  });

  it('a lock names only nations of the game, and a nation cannot lock a lever', () => {
    const c = classContent({ facilitated: true });
    const s = newGame(c, seed('0000-0007-S'));
    const { report, state } = resolveTurn(
      c,
      s,
      [
        { kind: 'lockLever', actor: TRAINER, lever: 'offer', nations: ['XX'], locked: true },
        { kind: 'lockLever', actor: 'US', lever: 'offer', nations: [], locked: true },
      ],
      { explain: false },
    );
    expect(report.orders.map((r) => formatMessage(r.message, namesFor(c, state)))).toEqual([
      expect.stringContaining('XX'),
      'only the trainer gives class controls, not United States',
    ]);
    expect(state.leverLocks).toEqual([]);
  });
});
