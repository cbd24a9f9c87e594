/**
 * One month, three headlines: after End month the student first reads three to five changes in
 * plain words, each with its largest cause, picked by a pure function of the month's report.
 */
import { describe, expect, it } from 'vitest';
import { headlineText, sharedCauseLead, shortCause, stockOverText } from '../../src/share/text/headline-text';
import { fmt } from '../../src/share/text/numbers';
import { formatMessage, namesFor } from '../../src/share/text/messages';
import { copyState } from '../../src/sim/copy-state';
import { parseMonth } from '../../src/sim/month';
import { POLICIES } from '../../src/sim/policies';
import { resolveTurn } from '../../src/sim/resolve-turn';
import type { TurnReport } from '../../src/sim';
import { largestCause, MAX_HEADLINES, MIN_HEADLINES, pickHeadlines, requestsMade, russianSupply, turningPoint } from '../../src/ui/report/headlines';
import { requestMadeText } from '../../src/share/text/headline-text';
import { lastTurnReports, movedLastTurn, movedSectors, turnMoves } from '../../src/share/front-moves';
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { seedFromValue } from '../../src/share/seed-code';
import { advance, game, shipped } from '../helpers';

/** Every month's report of a game played to its end, by the historical course or with no orders. */
function reportsOf(seed: number, c = shipped(), policy: 'historical' | 'none' = 'historical'): TurnReport[] {
  let s = newGame(c, seedFromValue(seed));
  const out: TurnReport[] = [];
  while (!s.finished) {
    const orders =
      policy === 'none'
        ? []
        : POLICIES.historical(
            c,
            s,
            c.nations.map((n) => n.id),
          );
    const r = resolveTurn(c, s, orders);
    out.push(r.report);
    s = r.state;
  }
  return out;
}

/** The turns of several months of a played game after its first: each turn's reports and the month before it. */
function laterTurns(reports: readonly TurnReport[], c: { startMonth: number; monthsPerTurn: number }) {
  const out: { turn: TurnReport[]; before: TurnReport }[] = [];
  for (let i = 1; i <= reports.length; i++) {
    const turn = lastTurnReports(reports.slice(0, i), c);
    if (turn.at(-1) === reports[i - 1] && i > turn.length && (i === reports.length || lastTurnReports(reports.slice(0, i + 1), c).length === 1))
      out.push({ turn, before: reports[i - turn.length - 1]! });
  }
  return out;
}

describe('the month’s headlines', () => {
  it('are three to five every month, each told by an entry of the report and with a cause that is one too', () => {
    for (const seed of [1, 2]) {
      const reports = reportsOf(seed);
      reports.forEach((r, i) => {
        const h = pickHeadlines([r], reports[i - 1]);
        expect(h.length).toBeGreaterThanOrEqual(MIN_HEADLINES);
        expect(h.length).toBeLessThanOrEqual(MAX_HEADLINES);
        // A cause may be earlier news: an event fires at a month's end and may act for months.
        const ids = new Set(r.entries.map((e) => e.id));
        const before = new Set(reports.slice(0, i).flatMap((x) => x.entries.map((e) => e.id)));
        for (const x of h) {
          expect(ids.has(x.entryId), x.entryId).toBe(true);
          // A plant that slips or opens, and Russia's change of course, are their own news: no cause line.
          if (x.what.kind === 'plantSlip' || x.what.kind === 'plantOpens' || x.what.kind === 'doctrine') expect(x.causeId).toBe('');
          else expect(ids.has(x.causeId) || before.has(x.causeId), x.causeId).toBe(true);
        }
        for (let k = 1; k < h.length; k++) if (h[k]!.weight >= 0.2) expect(h[k]!.weight).toBeLessThanOrEqual(h[k - 1]!.weight);
      });
    }
  });

  it('say a front move in plain words, with the sector’s largest factor as its cause', () => {
    const c = shipped();
    const [first] = reportsOf(1);
    const front = pickHeadlines([first!]).find((x) => x.what.kind === 'front')!;
    expect(headlineText(front.what, namesFor(c))).toMatch(/^(Russia gained|Ukraine regained) [\d,]+ km² in [A-Z]/);
    const sector = first!.entries.find((e) => e.id === front.entryId)!;
    const weights = sector.weights!.map(Math.abs);
    expect(front.causeId).toBe(sector.causes[weights.indexOf(Math.max(...weights))]);
    expect(largestCause(sector)).toBe(front.causeId);
  });

  it('tell sectors that moved for one cause in one sentence, with each sector’s share of it', () => {
    const n = namesFor(shipped());
    const moves = [
      { sector: 'kherson', gainKm2: 1715 },
      { sector: 'luhansk', gainKm2: 686 },
      { sector: 'donetsk', gainKm2: 588 },
    ];
    expect(headlineText({ kind: 'fronts', moves }, n)).toBe('Russia gained 1,715 km² in Kherson, 686 km² in Luhansk and 588 km² in Donetsk');
    expect(headlineText({ kind: 'fronts', moves: moves.slice(0, 2).map((m) => ({ ...m, gainKm2: -m.gainKm2 })) }, n)).toBe(
      'Ukraine regained 1,715 km² in Kherson and 686 km² in Luhansk',
    );
    expect(sharedCauseLead({ sharesPct: [55, 50, 50], turn: 'turn', several: true })).toBe("Largest cause in each (55, 50 and 50 % of the turn's change): ");
    expect(sharedCauseLead({ sharesPct: [55, undefined], turn: 'month', several: false })).toBe('Largest cause in each: ');
  });

  it('make June 2023 news: Russian fire falls from 600,000 to 220,000, caused by the scripted counter-offensive', () => {
    const c = shipped();
    const reports = reportsOf(1);
    const i = reports.findIndex((r) => r.month === parseMonth('2023-06'));
    const fire = pickHeadlines([reports[i]!], reports[i - 1]).find((x) => x.what.kind === 'russianFire')!;
    expect(headlineText(fire.what, namesFor(c))).toBe('Russian fire fell from 600,000 to 220,000 shells a month');
    expect(fire.causeId).toBe('path:russiaFire');
    const cause = reports[i]!.entries.find((e) => e.id === fire.causeId)!;
    expect(formatMessage(cause.message, namesFor(c))).toContain('counter-offensive');
  });

  it('make an election’s budget cut news the month it bites, caused by the election', () => {
    const c = shipped();
    const election = c.nations.find((n) => n.id === 'US')!.electionMonths[0]!;
    let s = advance(c, game(1), election - game(1).month);
    s = copyState(s);
    s.nations.find((n) => n.id === 'US')!.supportBp = 0;
    const held = resolveTurn(c, s, []);
    const next = resolveTurn(c, held.state, []);
    const cut = pickHeadlines([next.report], held.report).find((x) => x.what.kind === 'budget' && x.what.nation === 'US')!;
    expect(cut.causeId).toBe('election:US');
    expect(headlineText(cut.what, namesFor(c))).toMatch(/^United States' munitions budget is €[\d,.]+ [mb]n? a month \(down \d+ %\)$/);
  });

  it('tell a turn of several months as one: a sector’s move summed over its months, the map’s moves the same, Russian fire against the month before', () => {
    const c = loadScenario('race-in-a-lesson').content;
    expect(c.monthsPerTurn).toBe(6);
    let s = newGame(c, seedFromValue(7));
    const reports: TurnReport[] = [];
    while (reports.length < 12) {
      const r = resolveTurn(
        c,
        s,
        POLICIES.historical(
          c,
          s,
          c.nations.map((n) => n.id),
        ),
      );
      reports.push(r.report);
      s = r.state;
    }
    const turn = lastTurnReports(reports, c);
    expect(turn.map((r) => r.month)).toEqual(reports.slice(6).map((r) => r.month));
    const headlines = pickHeadlines(turn, reports[5]);
    expect(headlines.length).toBeGreaterThanOrEqual(MIN_HEADLINES);
    const moves = turnMoves(turn);
    for (const h of headlines.filter((x) => x.what.kind === 'front')) {
      const what = h.what as { sector: string; gainKm2: number };
      const months = turn.map((r) => (r.entries.find((e) => e.id === h.entryId)!.message.params as { gainKm2: number }).gainKm2);
      expect(what.gainKm2).toBe(months.reduce((a, b) => a + b, 0));
      expect(moves.find((m) => m.sector === what.sector)!.gainKm2).toBe(what.gainKm2);
    }
    expect(movedLastTurn(reports, c)).toEqual(movedSectors(moves));
  });

  it('over a turn of several months, give a cause its share summed over the months and tell Ukraine’s stock story for the whole turn, not its last month', () => {
    const c = loadScenario('race-in-a-lesson').content;
    let s = newGame(c, seedFromValue(7));
    const reports: TurnReport[] = [];
    while (reports.length < 4) {
      const r = resolveTurn(c, s, []);
      reports.push(r.report);
      s = r.state;
    }
    const turn = lastTurnReports(reports, c);
    expect(turn).toHaveLength(4);
    const all = pickHeadlines(turn, undefined);
    const front = all.find((x) => x.what.kind === 'front')!;
    // The share is the cause's part of the sector's move over all three months, as the Why? would rank the summed parts.
    const sums = new Map<string, number>();
    for (const r of turn) {
      const e = r.entries.find((x) => x.id === front.entryId)!;
      e.causes.forEach((id, k) => sums.set(id, (sums.get(id) ?? 0) + e.weights![k]!));
    }
    const total = [...sums.values()].reduce((a, w) => a + Math.abs(w), 0);
    // The largest of the causes that worked the way the sector moved: one that held Russia back is not why it gained.
    const moved = Math.sign([...sums.values()].reduce((a, w) => a + w, 0));
    const largest = [...sums].filter(([, w]) => Math.sign(w) === moved).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
    expect(front.causeId).toBe(largest[0]);
    expect(front.causeSharePct).toBe(Math.round((Math.abs(largest[1]) * 100) / total));
    // Its sentence, and its Why?, are taken from a month it led, so the Why? lists it first: of those, where it weighed most.
    const weightsAt = turn.map((r) => {
      const e = r.entries.find((x) => x.id === front.entryId)!;
      return e.weights![e.causes.indexOf(front.causeId)] ?? 0;
    });
    const sign = Math.sign(largest[1]);
    const led = turn.map((_, i) => i).filter((i) => largestCause(turn[i]!.entries.find((x) => x.id === front.entryId)!) === front.causeId);
    if (led.length) {
      expect(led).toContain(front.causeMonth);
      expect(weightsAt[front.causeMonth!]! * sign).toBe(Math.max(...led.map((i) => weightsAt[i]! * sign)));
    } else expect(Math.sign(weightsAt[front.causeMonth!]!)).toBe(sign);
    // A quarter names a front factor without one month's figures.
    const cause = turn[front.causeMonth!]!.entries.find((e) => e.id === front.causeId)!;
    expect(shortCause(cause.message, namesFor(c))).toMatch(/^(the balance of fire|Ukraine's stock|Russia|Russian|[A-Z])/);
    expect(shortCause(cause.message, namesFor(c))).not.toMatch(/\d/);

    // With no orders the stock falls; its story adds up the quarter: what came, what was fired, what the doctrine wanted.
    const stock = all.find((x) => x.what.kind === 'ukraineStock')!;
    expect(stock.causeId).toBe('stock:ukraine');
    const stories = turn.map((r) => r.entries.find((e) => e.id === 'stock:ukraine')!.message.params as Record<string, number>);
    const fired = stories.reduce((a, p) => a + p.fired!, 0);
    // What came in is the change the firing does not explain (aid released between two months counts too).
    const received = stories.at(-1)!.left! - stories[0]!.start! + fired;
    expect(received).toBeGreaterThanOrEqual(stories.reduce((a, p) => a + p.received!, 0));
    expect(stock.stockOver).toEqual({ received, fired, demand: stories.reduce((a, p) => a + p.demand!, 0), months: 4 });
    // A month's average over the turn, rounded to its thousands.
    expect(fired / 4).toBeGreaterThan(10_000);
    expect(stockOverText({ ...stock.stockOver!, turn: 'quarter' })).toMatch(
      new RegExp(
        `^Largest cause: over the quarter Ukraine received [\\d,]+ shells and fired about ${fmt(Math.round(fired / 4000) * 1000)} a month, less than the [\\d,]+,000 a month its doctrine wanted$`,
      ),
    );
    // The next turn starts from where this one left the stock, so aid released at a month's start is counted as received.
    let t = s;
    const later: TurnReport[] = [...reports];
    while (later.length < 8) {
      const r = resolveTurn(c, t, []);
      later.push(r.report);
      t = r.state;
    }
    const next = pickHeadlines(lastTurnReports(later, c), later[3]).find((x) => x.what.kind === 'ukraineStock')!;
    expect((next.what as { from: number }).from).toBe((later[3]!.entries.find((e) => e.id === 'stock:ukraine')!.message.params as { left: number }).left);
    // A single month keeps the month's own story.
    expect(pickHeadlines([turn[0]!]).find((x) => x.what.kind === 'ukraineStock')?.stockOver).toBeUndefined();
  });

  it('open a front’s Why? on a month whose largest cause is the headline’s, whenever the turn has one', () => {
    const c = loadScenario('race-in-a-lesson').content;
    let checked = 0;
    for (const seed of [3, 11])
      for (const { turn, before } of laterTurns(reportsOf(seed, c), c)) {
        for (const h of pickHeadlines(turn, before).filter((x) => x.what.kind === 'front')) {
          const entries = turn.map((m) => m.entries.find((e) => e.id === h.entryId));
          if (!entries.some((e) => e && largestCause(e) === h.causeId)) continue;
          expect(largestCause(entries[h.causeMonth!]!), `${seed} ${turn.at(-1)!.month} ${h.entryId}`).toBe(h.causeId);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(3);
  });

  it('put a change in Russia’s new shells down to what moved more, its industry or its imports', () => {
    const c = loadScenario('race-in-a-lesson').content;
    const kinds = new Set<string>();
    for (const seed of [3, 11, 19])
      for (const { turn, before } of laterTurns(reportsOf(seed, c, 'none'), c)) {
        const h = pickHeadlines(turn, before).find((x) => x.what.kind === 'russianSupply');
        if (!h) continue;
        const p = (x: TurnReport) => russianSupply(x.entries.find((e) => e.id === 'russia:supply')!);
        const [made, imported] = [p(turn.at(-1)!).production - p(before).production, p(turn.at(-1)!).imports - p(before).imports];
        const byImports = imported > 0 && imported > Math.abs(made);
        expect(h.causeId.startsWith('event:'), `${seed} ${turn.at(-1)!.month}: made ${made}, imported ${imported}, cause ${h.causeId}`).toBe(byImports);
        kinds.add(byImports ? 'imports' : 'industry');
      }
    expect(kinds.has('imports')).toBe(true);
  });

  it('tell when Russia changes course, with the figure that decided it, and no Why? to repeat it', () => {
    const c = loadScenario('race-in-a-lesson').content;
    const modes = new Set<string>();
    for (const seed of [3, 11])
      for (const { turn, before } of laterTurns(reportsOf(seed, c, 'none'), c)) {
        const changed = turn.flatMap((r) => r.entries).filter((e) => e.id === 'russia:doctrine' && (e.message.params as { changed: boolean }).changed);
        const h = pickHeadlines(turn, before).find((x) => x.what.kind === 'doctrine');
        if (!changed.length) {
          expect(h).toBeUndefined();
          continue;
        }
        expect(h, `${seed} ${turn.at(-1)!.month}`).toBeDefined();
        const what = h!.what as Extract<NonNullable<typeof h>['what'], { kind: 'doctrine' }>;
        expect(what.params).toEqual(changed.at(-1)!.message.params);
        modes.add(what.params.mode);
        // Hidden from a class that hides the intelligence on Russia.
        expect(pickHeadlines(turn, before, true).some((x) => x.what.kind === 'doctrine')).toBe(false);
      }
    // A Ukraine left without shells draws Russia's offensive.
    expect(modes.has('offensive')).toBe(true);
  });

  it('always make a missed request of Ukraine’s news, even beside three large front moves', () => {
    const c = loadScenario('race-in-a-lesson').content;
    let missed = 0;
    for (const seed of [3, 11])
      for (const { turn, before } of laterTurns(reportsOf(seed, c, 'none'), c)) {
        const due = turn.flatMap((r) => r.entries).filter((e) => e.message.id === 'politics.request' && (e.message.params as { met: number }).met !== 1);
        if (!due.length) continue;
        const picked = pickHeadlines(turn, before);
        for (const e of due)
          expect(
            picked.map((h) => h.entryId),
            `${seed} ${turn.at(-1)!.month}`,
          ).toContain(e.id);
        missed += due.length;
      }
    expect(missed).toBeGreaterThan(0);
  });

  it('make a plant that slips news, with its new date', () => {
    const c = shipped();
    const [first] = reportsOf(1);
    const line = c.opening.lines[0]!.id;
    const slip = {
      id: `slip:${line}`,
      kind: 'construction',
      subject: line,
      message: { id: 'construction.slip', params: { line, months: 9, readyMonth: first!.month + 9 } },
      delta: 9,
      causes: [],
    };
    const report = { ...first!, entries: [slip] } as TurnReport;
    const [h] = pickHeadlines([report]);
    expect(h!.what.kind).toBe('plantSlip');
    expect(headlineText(h!.what, namesFor(c))).toMatch(/ slips 9 months: it is now due \w{3} \d{4}$/);
  });

  it('give a turn whose Russian fire rose, then eased a little, the scripted change that raised it as its cause', () => {
    const [first] = reportsOf(1);
    const entry = (id: string, message: { id: string; params: Record<string, number | string> }) =>
      ({ id, kind: 'front', subject: 'RU', message, delta: 0, causes: [] }) as unknown as TurnReport['entries'][number];
    const path = (from: number, to: number) =>
      entry('path:russiaFire', { id: 'path.change', params: { path: 'russiaFire', sinceMonth: 0, fromPerMonth: from, toPerMonth: to } });
    const fire = (n: number) => entry('russia:fire', { id: 'russia.fire', params: { fired: n, demand: n, reserveMonths: 0, stock: 0 } });
    const before = { ...first!, entries: [fire(220_000)] } as TurnReport;
    const rise = { ...first!, entries: [path(220_000, 600_000), fire(600_000)] } as TurnReport;
    const ease = { ...first!, month: first!.month + 1, entries: [path(600_000, 570_000), fire(570_000)] } as TurnReport;
    const h = pickHeadlines([rise, ease], before).find((x) => x.what.kind === 'russianFire')!;
    expect(h.what).toEqual({ kind: 'russianFire', from: 220_000, to: 570_000, via: 600_000 });
    expect(h.causeId).toBe('path:russiaFire');
    expect(h.causeMonth).toBe(0);
  });

  it('say where Russian fire turned back within the turn, the figure its cause names (play-test: "fell from 450,000" beside "down from 600,000")', () => {
    // The class scenario's first turn, Feb–Jul 2023: 450,000 in Feb, 600,000 from Mar, 220,000 from Jun (the counter-offensive).
    const { content: c } = loadScenario('race-in-a-lesson');
    const turn = reportsOf(20230214, c).slice(0, c.monthsPerTurn);
    const h = pickHeadlines(turn).find((x) => x.what.kind === 'russianFire')!;
    expect(headlineText(h.what, namesFor(c))).toBe('Russian fire rose from 450,000 to 600,000, then fell to 220,000 shells a month');
    expect(formatMessage(turn[h.causeMonth!]!.entries.find((e) => e.id === h.causeId)!.message, namesFor(c))).toContain('down from 600,000');
  });

  it('tell a straight change, or a small wobble, with its two ends only', () => {
    expect(turningPoint(450_000, 220_000, [400_000, 300_000])).toBeUndefined();
    expect(turningPoint(450_000, 220_000, [460_000, 300_000])).toBeUndefined();
    expect(turningPoint(450_000, 220_000, [600_000, undefined])).toBe(600_000);
    expect(turningPoint(220_000, 600_000, [100_000, 600_000])).toBe(100_000);
    expect(headlineText({ kind: 'russianFire', from: 450_000, to: 220_000 }, namesFor(shipped()))).toBe(
      'Russian fire fell from 450,000 to 220,000 shells a month',
    );
  });

  it('tells each request Ukraine makes in the month it is made, with its amount and deadline', () => {
    const c = loadScenario('stocks-running-dry').content;
    let s = newGame(c, seedFromValue(20230214));
    const told: string[] = [];
    let made = 0;
    while (!s.finished) {
      const r = resolveTurn(c, s, []);
      const fresh = r.state.requests.filter((x) => !s.requests.some((y) => y.id === x.id));
      made += fresh.length;
      const said = requestsMade([r.report], c);
      expect(said).toEqual(fresh.map((x) => ({ product: x.product, amount: x.amount, byMonth: x.byMonth })));
      told.push(...said.map((x) => requestMadeText(x, namesFor(c, r.state))));
      s = r.state;
    }
    expect(made).toBeGreaterThan(0);
    expect(told[0]).toMatch(/^Ukraine asks for [\d,]+ [A-Za-z0-9 ]+ by [A-Z][a-z]{2} \d{4}: meeting it counts in your score \(News\)\.$/);
  });
});
