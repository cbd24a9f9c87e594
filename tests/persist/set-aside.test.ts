/** A save that cannot be offered is set aside with its reason; saves set aside before reasons were kept still read. */
import { describe, expect, it } from 'vitest';
import { NO_REASON_KEPT, readSetAside, setAsideRecord } from '../../src/persist/set-aside';
import { describeSaveText, setAsideMessage } from '../../src/ui/menu/set-aside-games';

describe('a set-aside save', () => {
  it('keeps the save as it was stored, the reason and the date', () => {
    const record = setAsideRecord('{"format":"race-of-logistics/save"}', 'month 2 does not re-simulate', new Date('2025-01-01T10:00:00Z'));
    expect(readSetAside(record)).toEqual({
      text: '{"format":"race-of-logistics/save"}',
      reason: 'month 2 does not re-simulate',
      setAsideAt: '2025-01-01T10:00:00.000Z',
    });
  });

  it('one set aside bare by an earlier version reads with a reason that says so', () => {
    expect(readSetAside('{"turns":"oops"}')).toEqual({ text: '{"turns":"oops"}', reason: NO_REASON_KEPT, setAsideAt: null });
  });

  it('what is not text is kept as JSON, or named when it cannot be', () => {
    expect(setAsideRecord({ a: 1 }, 'not text', new Date()).text).toBe('{"a":1}');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(setAsideRecord(loop, 'not text', new Date()).text).toBe('[object Object]');
  });
});

describe('what the menu says about it', () => {
  it('a save is described by its scenario, seed and months, quoted and cut short', () => {
    expect(describeSaveText(JSON.stringify({ scenario: { id: 'no-such-war' }, seed: 'BA1A-NCED-K', turns: [{}, {}] }))).toBe(
      'a game of "no-such-war", seed "BA1A-NCED-K", 2 months played',
    );
    expect(describeSaveText(JSON.stringify({ scenario: { id: 'x'.repeat(500) } })).length).toBeLessThan(90);
    expect(describeSaveText('not json at all')).toBe('unreadable text (15 characters)');
  });

  it('the message names each save and its reason, and says it was kept', () => {
    expect(setAsideMessage([{ what: 'a game of "a"', problem: 'month 2 does not re-simulate to its saved state' }])).toBe(
      'A saved game could not be offered and was set aside (see Set-aside games below): a game of "a": month 2 does not re-simulate to its saved state.',
    );
    expect(
      setAsideMessage([
        { what: 'one', problem: 'p' },
        { what: 'two', problem: 'q' },
      ]),
    ).toMatch(/^2 saved games could not be offered and were set aside .*: one: p; two: q\.$/);
  });
});
