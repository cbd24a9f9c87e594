/** The English formatter names things and gives every figure its unit. */
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/sim/messages';
import { formatMessage, namesFor } from '../../src/share/text/messages';
import { headlineText } from '../../src/share/text/headline-text';
import { game, shipped } from '../helpers';

describe('messages in English', () => {
  it('an input that binds says its unit on both figures', () => {
    const text = formatMessage(msg('production.inputBinds', { input: 'explosive', supply: 637_500, need: 652_000, scaleBp: 9777 }), namesFor(shipped()));
    expect(text).toBe('explosive fill binds: 637,500 kg available for 652,000 kg needed, lines make 97.7 % of plan');
  });

  it('a month of NATO output is compared with the month before in plain English (hobbyist play-test: "about the same on May 2023")', () => {
    const n = namesFor(shipped());
    const [may, jun] = [2023 * 12 + 4, 2023 * 12 + 5];
    const line = (from: number, to: number) => headlineText({ kind: 'natoOutput', to, month: jun, from: { natoShells: from, month: may } }, n);
    expect(line(35_000, 35_000)).toBe('NATO made 35,000 shells in Jun 2023 (about the same as in May 2023)');
    expect(line(30_000, 36_000)).toBe('NATO made 36,000 shells in Jun 2023 (up 20 % on May 2023)');
    expect(line(0, 36_000)).toBe('NATO made 36,000 shells in Jun 2023 (up from nothing in May 2023)');
  });

  it('a contract is named by its firm and month, not only by its id', () => {
    const c = shipped();
    const s = game();
    const k = s.contracts[0]!;
    const text = formatMessage(msg('cancel.notActive', { contract: k.id, status: 'completed' }), namesFor(c, s));
    expect(text).toMatch(new RegExp(`^the .+ contract of [A-Z][a-z]{2} \\d{4} \\(${k.id}\\) is already completed$`));
  });

  it("Ukraine's stock says why it fired less than its doctrine wants, and says nothing of a ration when it fired all", () => {
    const names = namesFor(shipped());
    const short = formatMessage(
      msg('front.fired', { start: 400_000, received: 100_000, fired: 180_000, demand: 250_000, left: 320_000, rationBp: 4500 }),
      names,
    );
    expect(short).toBe(
      'Ukraine began the month with 400,000 shells and received 100,000; it fired 180,000 of the 250,000 its doctrine wants, ' +
        "as it fires at most 45.0 % of its stock in a month and keeps the rest in reserve, leaving 320,000 at the month's end",
    );
    const full = formatMessage(msg('front.fired', { start: 900_000, received: 0, fired: 250_000, demand: 250_000, left: 650_000, rationBp: 4500 }), names);
    expect(full).not.toContain('reserve');
  });

  it('a factor that held Russia back reads as ground Russia did not take, and a surge as pressure on the whole front', () => {
    const c = shipped();
    const names = namesFor(c);
    const manpower = formatMessage(msg('front.manpower', { sector: c.sectors[0]!.id, manpowerBp: 9000, gainKm2: -34 }), names);
    expect(manpower).toMatch(/fewer recruits, .*: 34 km² less for Russia$/);
    const event = c.events.find((e) => e.actions.some((a) => a.kind === 'offensiveSurge'))!;
    const surge = formatMessage(msg('front.surge', { sector: c.sectors[0]!.id, event: event.id, deltaBp: 6000, gainKm2: 120 }), names);
    expect(surge).toBe(`${event.title}: Russian ground pressure +60.0 % along the whole front: Russia +120 km² here`);
  });
});
