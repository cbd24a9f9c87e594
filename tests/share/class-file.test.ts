/**
 * Class files (issue 10, item 1): a class compiles into a scenario whose
 * locks the resolver refuses with "locked by your trainer" and whose injects
 * fire in their month; a broken class is answered with JSON paths; a class
 * link carries the class, a trainer's own scenario included.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from '../../src/cli/scenario-files';
import { buildContent } from '../../src/scenario/build-content';
import { newGame } from '../../src/scenario/build-game';
import { readClassText, readClassValue, shelfFrom, type ClassFile } from '../../src/share/class-file';
import { makeClassLink, parseClassLink } from '../../src/share/class-link';
import { formatMessage, namesFor } from '../../src/share/text/messages';
import { parseMonth } from '../../src/sim/month';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { GameState, Order } from '../../src/sim/types';
import { aClass } from '../class-fixture';
import { seed } from '../helpers';

const lesson = loadScenarioById('race-in-a-lesson').scenario;
const shelf = shelfFrom([lesson, loadScenarioById('race-of-logistics').scenario]);

function session(k: ClassFile = aClass()) {
  const r = readClassValue(JSON.parse(JSON.stringify(k)), shelf);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.session;
}

const say = (m: Parameters<typeof formatMessage>[0], content: ReturnType<typeof buildContent>, s: GameState) => formatMessage(m, namesFor(content, s));

describe('a class session in the resolver', () => {
  it('refuses a locked lever with "locked by your trainer", and only what the lock covers', () => {
    const content = buildContent(session().scenario);
    const s = newGame(content, seed('0000-0007-S'));
    const template = content.templates.find((t) => t.nationId === 'US')!;
    const orders: Order[] = [
      { kind: 'fundPlant', actor: 'US', templateId: template.id },
      { kind: 'drawdown', actor: 'PL', product: 'shell', amount: 1_000_000 },
      { kind: 'drawdown', actor: 'PL', product: 'shell', amount: 1000 },
    ];
    const { report } = resolveTurn(content, s, orders, { explain: false });
    const [plant, deep, small] = report.orders;
    expect(plant!.ok).toBe(false);
    expect(say(plant!.message, content, s)).toBe('locked by your trainer: no new plants for United States');
    expect(say(deep!.message, content, s)).toBe('locked by your trainer: no drawdowns below the readiness floor for Poland');
    expect(small!.ok).toBe(true);
  });

  it('fires a forced event and a custom inject in their months, not before', () => {
    const content = buildContent(session().scenario);
    let s = newGame(content, seed('0000-0007-S'));
    const fundsBefore = (st: GameState) => st.nations.find((n) => n.id === 'PL')!.fundsEur;
    const firedBy: Record<string, number> = {};
    while (!s.finished) {
      const month = s.month;
      const before = fundsBefore(s);
      s = resolveTurn(content, s, [], { explain: false }).state;
      for (const id of s.firedEvents) firedBy[id] ??= s.month;
      if (month === parseMonth('2023-07')) expect(fundsBefore(s) - before).toBeGreaterThan(900_000_000);
    }
    expect(firedBy['us-aid-freeze']).toBe(parseMonth('2023-05'));
    expect(firedBy['trainer-windfall']).toBe(parseMonth('2023-08'));
  });

  it('ends at the month limit, and its content hash covers the class rules', () => {
    const k = session();
    expect(k.scenario.end).toBe('2023-10');
    const unlocked = buildContent(session(aClass({ locks: [] })).scenario);
    expect(buildContent(k.scenario).hash).not.toBe(unlocked.hash);
    expect(buildContent(lesson).classRules).toBeUndefined();
  });
});

describe('a broken class', () => {
  const problems = (k: unknown) => {
    const r = readClassValue(k, shelf);
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('names what is wrong with JSON paths', () => {
    expect(problems(aClass({ roles: ['US', 'XX'] }))).toEqual(['$.roles[1]: "XX" is not a playable nation of race-in-a-lesson nor "coordinator"']);
    expect(problems(aClass({ injects: [{ month: '2023-05', event: 'no-such-event' }] }))[0]).toBe(
      '$.injects[0].event: no event "no-such-event" in race-in-a-lesson',
    );
    expect(problems(aClass({ injects: [{ month: '2025-01', event: 'us-aid-freeze' }] }))[0]).toMatch(
      /^\$\.injects\[0\]\.month: 2025-01 is outside the class's months/,
    );
    expect(problems(aClass({ scenario: { id: 'race-in-a-lesson', hash: '00000000000000' } }))[0]).toMatch(
      /^\$\.scenario\.hash: the class was prepared on other content/,
    );
    expect(problems(aClass({ id: 'race-of-logistics' }))[0]).toMatch(/^\$\.id: "race-of-logistics" is a shipped scenario's id/);
    expect(problems({ ...aClass(), locks: [{ order: 'nuke' }] })[0]).toMatch(/^\$\.locks\[0\]\.order:/);
  });

  it('refuses oversize text before parsing it', () => {
    const r = readClassText('x'.repeat(3_000_001), shelf);
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(/^too large for a class file/);
  });
});

describe('a class link', () => {
  it('carries the class and the role, and reads back to the same session', () => {
    const link = makeClassLink('http://localhost/#/', aClass(), 'PL');
    const parsed = parseClassLink(link.slice(link.indexOf('#')));
    expect(parsed).toMatchObject({ kind: 'class', role: 'PL' });
    const r = readClassValue((parsed as { value: unknown }).value, shelf);
    expect(r.ok && buildContent(r.session.scenario).hash).toBe(buildContent(session().scenario).hash);
  });

  it("carries a trainer's own scenario, so it opens on a machine that has never seen it", () => {
    const own = { ...JSON.parse(JSON.stringify(lesson)), id: 'own-lesson', title: 'Our own lesson' };
    const link = makeClassLink('http://x/', aClass({ scenario: { file: own } }));
    const parsed = parseClassLink(link.slice(link.indexOf('#')));
    const r = readClassValue((parsed as { value: unknown }).value, shelfFrom([]));
    expect(r.ok && r.session.scenario.id).toBe('class-7b');
    expect(link.length).toBeLessThan(200_000);
  });

  it('answers a cut or foreign link with what is wrong', () => {
    const link = makeClassLink('http://x/', aClass());
    const hash = link.slice(link.indexOf('#'));
    expect(parseClassLink(hash.slice(0, 60))).toEqual({ kind: 'broken', problem: 'the class in the link is cut short or mistyped: it does not unpack' });
    expect(parseClassLink('#/class?role=PL')).toEqual({ kind: 'broken', problem: 'the class link carries no class (c=…)' });
    expect(parseClassLink('#/class?c=X9.abc').kind).toBe('broken');
    expect(parseClassLink('#/play?scenario=x')).toEqual({ kind: 'none' });
  });
});
