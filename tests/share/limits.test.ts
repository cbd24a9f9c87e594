/** Oversized input is refused at once, with its own message, never a crash (issue: no input fatal). */
import { deflateSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ORDERS_PER_MONTH, MAX_PROBLEMS } from '../../src/scenario/limits';
import { validateScenario } from '../../src/scenario/validate';
import { parseOrdersFile, parseReplayFile } from '../../src/share/files';
import { decodeResultCode, RESULT_PREFIX } from '../../src/share/result-code';

const root = join(import.meta.dirname, '../..');
const ordersFile = (turns: unknown[]) => JSON.stringify({ format: 'race-of-logistics/orders', version: 2, nations: ['US'], turns });
const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('size limits', () => {
  it('150,000 malformed orders in one month are refused by count, not walked (it overflowed the stack)', () => {
    const r = parseOrdersFile(ordersFile([Array.from({ length: 150_000 }, () => ({ kind: 'nope' }))]));
    expect(r).toEqual({ ok: false, problems: [{ path: '$.turns[0]', message: `150,000 orders in one month; at most ${MAX_ORDERS_PER_MONTH}` }] });
  });

  it('too many valid orders in all are refused too, and a replay is counted the same way', () => {
    const month = Array.from({ length: 400 }, () => ({ kind: 'pledge', actor: 'US', shareBp: 400 }));
    const r = parseOrdersFile(ordersFile(Array.from({ length: 60 }, () => month)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]).toMatchObject({ path: '$.turns', message: '24,000 orders in all; at most 20,000' });
    const replay = JSON.parse(readFileSync(join(root, 'seeds/rules-9/golden-passive.replay.json'), 'utf8'));
    replay.turns[0].orders = Array.from({ length: 600 }, () => ({ kind: 'industrialPlan', actor: 'US' }));
    expect(parseReplayFile(JSON.stringify(replay))).toMatchObject({ ok: false, problems: [{ path: '$.turns[0]' }] });
  });

  it('a scenario with 150,000 firms is refused by its size, in one line', () => {
    const sc = JSON.parse(readFileSync(join(root, 'scenarios/race-of-logistics.json'), 'utf8'));
    sc.firms = Array.from({ length: 150_000 }, () => ({ id: 'x' }));
    expect(validateScenario(sc)).toEqual({ ok: false, problems: [{ path: '$.firms', message: '150,000 entries; a scenario holds at most 128' }] });
  });

  it('a file with many problems lists the first ones and counts the rest', () => {
    const sc = JSON.parse(readFileSync(join(root, 'scenarios/race-of-logistics.json'), 'utf8'));
    sc.firms = sc.firms.map(() => ({ id: 'x' }));
    sc.events = sc.events.map(() => ({ id: 'e' }));
    const r = validateScenario(sc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems.at(-1)!.message).toMatch(/^… and [\d,]+ more problems$/);
  });

  it('a result code that unpacks past the limit is "too large", not "cut short or mistyped"', () => {
    const bomb = RESULT_PREFIX + toBase64Url(deflateSync(strToU8(' '.repeat(20 * 1024 * 1024)), { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    const r = decodeResultCode(bomb);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.message).toMatch(/^too large: it unpacks to more than 4 MB$/);
  });
});
