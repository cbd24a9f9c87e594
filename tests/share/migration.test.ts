/**
 * Files written before orders named their actor (version 1) still open: they
 * are read as version 2, each order gaining its actor. Games recorded under
 * rules version 1 are answered with both versions, never re-simulated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { goldenDir } from '../../src/cli/write-golden';
import { checkReplay, otherRulesMessage } from '../../src/share/check-replay';
import { parseOrdersFile, parseReplayFile, parseSaveFile, readReplayValue } from '../../src/share/files';
import { migrateOrderV1 } from '../../src/share/order-schema';
import { checkResultCode, decodeResultCode } from '../../src/share/result-code';
import { RULES_VERSION } from '../../src/sim/rules-version';

const offerV1 = {
  kind: 'offer',
  offer: {
    firmId: 'rheinmetall',
    product: 'shell',
    buyers: [
      { nationId: 'NL', shareBp: 4000 },
      { nationId: 'DE', shareBp: 6000 },
    ],
    perMonth: 2000,
    months: 60,
    unitPriceEur: 4000,
    advanceBp: 1000,
    capacityClause: true,
    indexed: false,
    deliverTo: 'ukraine',
  },
};

/** One order of every kind, as version 1 wrote them. */
const turnV1 = [
  offerV1,
  { kind: 'cancelContract', nationId: 'DE', contractId: 'c0002' },
  { kind: 'addShift', nationId: 'US', lineId: 'gd-iowa' },
  { kind: 'weekendWork', nationId: 'US', lineId: 'gd-scranton', on: true },
  { kind: 'fundPlant', nationId: 'DE', templateId: 'rh-unterluss-2' },
  { kind: 'reactivateLine', nationId: 'US', lineId: 'raytheon-tucson' },
  { kind: 'drawdown', nationId: 'US', product: 'shell', amount: 40000 },
  { kind: 'pledge', nationId: 'DE', shareBp: 200 },
  { kind: 'industrialPlan', nationId: 'PL' },
];

/** The same turn in version 2: `nationId` became `actor`; an offer's actor is its first buyer. */
const turnV2 = [
  { kind: 'offer', actor: 'NL', offer: offerV1.offer },
  { kind: 'cancelContract', actor: 'DE', contractId: 'c0002' },
  { kind: 'addShift', actor: 'US', lineId: 'gd-iowa' },
  { kind: 'weekendWork', actor: 'US', lineId: 'gd-scranton', on: true },
  { kind: 'fundPlant', actor: 'DE', templateId: 'rh-unterluss-2' },
  { kind: 'reactivateLine', actor: 'US', lineId: 'raytheon-tucson' },
  { kind: 'drawdown', actor: 'US', product: 'shell', amount: 40000 },
  { kind: 'pledge', actor: 'DE', shareBp: 200 },
  { kind: 'industrialPlan', actor: 'PL' },
];

const scenarioRef = { id: 'race-of-logistics', hash: '0c183546996319' };

describe('version-1 files are read as version 2', () => {
  it('an orders file: every order gains its actor, an offer its first buyer', () => {
    const parsed = parseOrdersFile(JSON.stringify({ format: 'race-of-logistics/orders', version: 1, nations: ['US', 'DE'], turns: [turnV1, []] }));
    expect(parsed).toEqual({ ok: true, value: { format: 'race-of-logistics/orders', version: 2, nations: ['US', 'DE'], turns: [turnV2, []] } });
  });

  it('a replay file: orders migrated, its rules version kept', () => {
    const v1 = { format: 'race-of-logistics/replay', version: 1, rulesVersion: 1, scenario: scenarioRef, seed: 'RACE-2023-X', policy: 'historical' };
    const parsed = parseReplayFile(JSON.stringify({ ...v1, turns: [{ orders: turnV1, hash: '0123456789abcd' }], finalHash: '0123456789abcd' }));
    expect(parsed).toEqual({ ok: true, value: { ...v1, version: 2, turns: [{ orders: turnV2, hash: '0123456789abcd' }], finalHash: '0123456789abcd' } });
  });

  it('a save: orders migrated, who was playing kept', () => {
    const v1 = {
      format: 'race-of-logistics/save',
      version: 1,
      rulesVersion: 1,
      scenario: scenarioRef,
      seed: 'RACE-2023-X',
      humanNations: ['DE', 'NL'],
      aiPolicy: 'balanced',
      savedAt: '2025-01-01T10:00:00Z',
    };
    const parsed = parseSaveFile(JSON.stringify({ ...v1, turns: [{ orders: turnV1, hash: '0123456789abcd' }] }));
    expect(parsed).toEqual({ ok: true, value: { ...v1, version: 2, turns: [{ orders: turnV2, hash: '0123456789abcd' }] } });
  });

  it('a version-1 order is refused in a version-2 file, and the other way round, with the path of the problem', () => {
    const v2WithOld = parseOrdersFile(JSON.stringify({ format: 'race-of-logistics/orders', version: 2, turns: [[turnV1[1]]] }));
    expect(v2WithOld.ok).toBe(false);
    if (!v2WithOld.ok) expect(v2WithOld.problems.map((p) => p.path)).toContain('$.turns[0][0]');
    const v1WithNew = parseOrdersFile(JSON.stringify({ format: 'race-of-logistics/orders', version: 1, turns: [[turnV2[1]]] }));
    expect(v1WithNew.ok).toBe(false);
  });

  it('migrateOrderV1 gives each kind its actor', () => {
    expect(turnV1.map((o) => migrateOrderV1(o as Parameters<typeof migrateOrderV1>[0]))).toEqual(turnV2);
  });
});

const rules1 = goldenDir(1);
const goldens1 = ['golden-passive.replay.json', 'golden-historical.replay.json', 'golden-balanced.replay.json'];

describe('games recorded under rules version 1', () => {
  const versionsNamed = (message: string) => {
    expect(message).toContain('rules version 1');
    expect(message).toContain(`rules version ${RULES_VERSION}`);
    expect(message).not.toMatch(/verified|differs/);
  };

  it.each(goldens1)('seeds/rules-1/%s parses, migrated, and is answered with both rules versions', (file) => {
    const text = readFileSync(join(rules1, file), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 1, rulesVersion: 1 });
    const parsed = parseReplayFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    expect(parsed.value).toMatchObject({ version: 2, rulesVersion: 1 });
    for (const t of parsed.value.turns) for (const o of t.orders) expect(o.actor).toMatch(/^[A-Z]{2}$/);
    const check = checkReplay(parsed.value, loadScenario(parsed.value.scenario.id).content);
    expect(check).toEqual({ ok: false, message: otherRulesMessage('replay', 1), otherRules: true });
    versionsNamed(check.message);
  });

  it('the orders of a rules-1 golden gain the actors their nations were', () => {
    const raw = JSON.parse(readFileSync(join(rules1, 'golden-historical.replay.json'), 'utf8')) as { turns: { orders: Record<string, unknown>[] }[] };
    const parsed = readReplayValue(raw);
    if (!parsed.ok) throw new Error('unreadable');
    const pairs = raw.turns.flatMap((t, i) => t.orders.map((o, k) => [o, parsed.value.turns[i]!.orders[k]!] as const));
    expect(pairs.length).toBeGreaterThan(10);
    for (const [old, now] of pairs) {
      const offer = old.offer as { buyers: { nationId: string }[] } | undefined;
      expect(now.actor).toBe(offer ? offer.buyers[0]!.nationId : old.nationId);
    }
  });

  it('a ROL1. result code made from a rules-1 golden is read and answered with both rules versions', () => {
    // What a rules-1 build handed out: the prefix ROL1. and a version-1 replay inside.
    const replay = JSON.parse(readFileSync(join(rules1, 'golden-balanced.replay.json'), 'utf8'));
    const packed = deflateSync(strToU8(JSON.stringify({ replay, claim: { score: 70, outcome: 'victory', team: 'Team 9' } })));
    const code = `ROL1.${Buffer.from(packed).toString('base64url')}`;
    const decoded = decodeResultCode(code);
    expect(decoded).toMatchObject({ ok: true, replay: { version: 2, rulesVersion: 1 }, claim: { team: 'Team 9' } });
    const check = checkResultCode(code, [loadScenario('race-of-logistics').content]);
    expect(check).toEqual({ ok: false, message: otherRulesMessage('replay', 1), otherRules: true });
    versionsNamed(check.message);
  });
});
