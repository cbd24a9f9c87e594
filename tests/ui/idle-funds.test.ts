/**
 * Idle funds on the Decisions tab (student play-test: €11.9 bn piled up
 * unsaid): said once a nation holds a year of its budget while its contracts
 * and shifts spend less than it receives, and not while they spend it.
 */
import { describe, expect, it } from 'vitest';
import { monthlyBudgetEur } from '../../src/sim';
import { idleFunds } from '../../src/ui/play/idle-funds';
import { game, nation, shipped } from '../helpers';

const content = shipped();

describe('idle funds', () => {
  it('a year of budget unspent, with spending below income, is idle; less is a reserve', () => {
    const s = game(3);
    const us = nation(s, 'US');
    const budget = monthlyBudgetEur(content, us);
    us.fundsEur = 12 * budget - 1;
    expect(idleFunds(content, s, us)).toBeNull();
    us.fundsEur = 27 * budget + 5;
    const idle = idleFunds(content, s, us)!;
    expect(idle.months).toBe(27);
    expect(idle.budgetEur).toBe(budget);
    expect(idle.spendEur).toBeLessThan(budget);
  });

  it('not idle while its contracts spend what it receives a month', () => {
    const s = game(3);
    const us = nation(s, 'US');
    const budget = monthlyBudgetEur(content, us);
    us.fundsEur = 30 * budget;
    const contract = s.contracts.find((k) => k.status === 'active' && k.buyers.some((b) => b.nationId === 'US'))!;
    expect(contract).toBeDefined();
    const before = idleFunds(content, s, us)!.spendEur;
    // Its US share now costs a month as much as the budget leaves after what the rest spend.
    const share = contract.buyers.find((b) => b.nationId === 'US')!.shareBp;
    contract.unitPriceEur += Math.ceil(((budget - before) * 10_000) / share / contract.perMonth) + 1;
    expect(idleFunds(content, s, us)).toBeNull();
  });
});
