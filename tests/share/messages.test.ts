/** The English formatter names things and gives every figure its unit. */
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/sim/messages';
import { formatMessage, namesFor } from '../../src/share/text/messages';
import { game, shipped } from '../helpers';

describe('messages in English', () => {
  it('an input that binds says its unit on both figures', () => {
    const text = formatMessage(msg('production.inputBinds', { input: 'explosive', supply: 637_500, need: 652_000, scaleBp: 9777 }), namesFor(shipped()));
    expect(text).toBe('explosive fill binds: 637,500 kg available for 652,000 kg needed, lines make 97.7 % of plan');
  });

  it('a contract is named by its firm and month, not only by its id', () => {
    const c = shipped();
    const s = game();
    const k = s.contracts[0]!;
    const text = formatMessage(msg('cancel.notActive', { contract: k.id, status: 'completed' }), namesFor(c, s));
    expect(text).toMatch(new RegExp(`^the .+ contract of [A-Z][a-z]{2} \\d{4} \\(${k.id}\\) is already completed$`));
  });
});
