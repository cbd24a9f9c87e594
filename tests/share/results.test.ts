/** The class results: reading many codes at once, verifying each, copies, the groups, where teams parted, and the CSV. */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenario-files';
import { newGame } from '../../src/scenario/build-game';
import { encodeResultCode } from '../../src/share/result-code';
import { applyClassFilter } from '../../src/share/results/class-filter';
import { whereDiverged } from '../../src/share/results/divergence';
import { groupResults } from '../../src/share/results/groups';
import { monthLedger } from '../../src/share/results/money-spent';
import { sheetToCsv } from '../../src/share/results/results-csv';
import { resultsSheet } from '../../src/share/results/results-sheet';
import { MAX_INPUT_CHARS, readSubmissions } from '../../src/share/results/submissions';
import { seedCode, verifySubmission } from '../../src/share/results/verify-submission';
import type { Verdict } from '../../src/share/results/verdict';
import { seedFromValue } from '../../src/share/seed-code';
import { divergedText, refusalText } from '../../src/share/text/results';
import { namesFor } from '../../src/share/text/messages';
import { POLICIES } from '../../src/sim/policies';
import { resolveTurn } from '../../src/sim/resolve-turn';
import { ordersForTurn } from '../../src/sim/replay';
import { renamed, tampered, teamCode } from '../result-codes';

const { content } = loadScenario('race-of-logistics');
const contentFor = (id: string) => (id === content.id ? content : undefined);
const SEED = 'RACE-2023-X';
const OTHER_SEED = seedFromValue(4242).code;

const balanced = teamCode({ team: 'Team A', policy: 'balanced', seed: SEED });
const historical = teamCode({ team: 'Team B', policy: 'historical', seed: SEED });
const passive = teamCode({ team: 'Team C', policy: 'passive', seed: SEED });
const elsewhere = teamCode({ team: 'Team E', policy: 'balanced', seed: OTHER_SEED });

const verify = (code: string, source = 'pasted line 1') => verifySubmission({ source, text: code }, contentFor);
const verified = (v: Verdict) => {
  if (!v.ok) throw new Error(refusalText(v.refusal));
  return v.result;
};

describe('reading many codes at once', () => {
  it('takes one code a line, a label before a code, several codes on a line, and a code wrapped over lines', () => {
    const [a, b] = [balanced.code, historical.code];
    const text = [a, `Team B's code: ${b}`, `${a}, ${b}`, a.slice(0, 60), a.slice(60, 200), a.slice(200)].join('\n');
    const { submissions, unread } = readSubmissions(text, 'codes.txt');
    expect(unread).toEqual([]);
    expect(submissions.map((s) => s.text)).toEqual([a, b, a, b, a]);
    expect(submissions.map((s) => s.source)).toEqual(['codes.txt line 1', 'codes.txt line 2', 'codes.txt line 3', 'codes.txt line 3', 'codes.txt line 4']);
  });

  it('reads a whole code that lost its ROL2. as a code of its own, not as more of the code above it', () => {
    const [a, b] = [balanced.code, historical.code];
    const bare = b.slice('ROL2.'.length);
    // After a code on one line, and after a code wrapped at 70 characters (its last line shorter).
    const wrapped = a.match(/.{1,70}/g)!;
    expect(wrapped.at(-1)!.length).toBeLessThan(70);
    const text = [a, bare, '', ...wrapped, bare, 'ok'].join('\n');
    const { submissions, unread } = readSubmissions(text, 'codes.txt');
    expect(submissions.map((s) => s.text)).toEqual([a, b, a, b]);
    expect(submissions.map((s) => s.source)).toEqual([
      'codes.txt line 1',
      'codes.txt line 2 (no ROL2. at its start)',
      'codes.txt line 4',
      `codes.txt line ${4 + wrapped.length} (no ROL2. at its start)`,
    ]);
    expect(unread.map((u) => [u.source, u.refusal.kind])).toEqual([[`codes.txt line ${5 + wrapped.length}`, 'notACode']]);
    expect(verified(verify(submissions[1]!.text))).toMatchObject({ team: 'Team B', score: historical.score.score });
  });

  it('answers every line that is not a code with its line number, and reads the codes around it', () => {
    const { submissions, unread } = readSubmissions(`hello class\n${balanced.code}\n\n<script>alert(1)</script>\n`, 'mail.txt');
    expect(submissions).toHaveLength(1);
    expect(unread.map((u) => [u.source, u.refusal.kind])).toEqual([
      ['mail.txt line 1', 'notACode'],
      ['mail.txt line 4', 'notACode'],
    ]);
    expect(refusalText(unread[1]!.refusal)).toContain('"<script>alert(1)</script>"');
  });

  it('refuses oversize input before reading it', () => {
    const { submissions, unread } = readSubmissions('x'.repeat(MAX_INPUT_CHARS + 1), 'huge.txt');
    expect(submissions).toEqual([]);
    expect(unread).toMatchObject([{ source: 'huge.txt', refusal: { kind: 'tooLarge' } }]);
  });

  it('reads a replay file as one submission, named by its file', () => {
    const { submissions } = readSubmissions(JSON.stringify(balanced.replay), 'team-a.replay.json');
    expect(submissions).toEqual([{ source: 'team-a.replay.json', text: JSON.stringify(balanced.replay) }]);
    expect(verified(verify(submissions[0]!.text, 'team-a.replay.json'))).toMatchObject({ team: 'team-a.replay.json', score: balanced.score.score });
  });
});

describe('verifying a team', () => {
  it('a code verifies with its score, grade, every objective’s marks and every month’s figures', () => {
    const r = verified(verify(balanced.code));
    expect(r).toMatchObject({ team: 'Team A', score: balanced.score.score, grade: balanced.score.grade, seed: SEED, scenarioId: 'race-of-logistics' });
    expect(r.objectives.map((o) => o.id)).toEqual(content.objectives.map((o) => o.id));
    expect(r.objectives.reduce((sum, o) => sum + o.points, 0)).toBeLessThanOrEqual(r.score);
    expect(r.months).toHaveLength(23);
    expect(r.months.reduce((sum, m) => sum + m.russianGainKm2, 0)).toBe(r.russianGainKm2);
    expect(r.spentEur).toBeGreaterThan(verified(verify(passive.code)).spentEur);
  });

  it('a code whose orders were changed after the game is refused as tampered, naming the first month that differs', () => {
    const v = verify(tampered(balanced, 'Team T', 5));
    expect(v).toMatchObject({ ok: false, team: 'Team T', refusal: { kind: 'tampered', month: content.startMonth + 5 } });
    expect(refusalText((v as Extract<Verdict, { ok: false }>).refusal)).toMatch(/^tampered with: Jul 2023 is the first month/);
  });

  it('a code cut short is refused in plain words, without a JSON path of the whole code', () => {
    const v = verify(balanced.code.slice(0, 80));
    if (v.ok) throw new Error('verified');
    expect(v.refusal.kind).toBe('unreadable');
    expect(refusalText(v.refusal)).toMatch(/^does not read as a result code or a replay: [a-z]/);
    expect(refusalText(v.refusal)).not.toContain('$');
  });

  it('a code claiming a better score than its game gives is refused as tampered', () => {
    const code = encodeResultCode(passive.replay, { score: passive.score.score + 20, outcome: 'victory', team: 'Team C' });
    expect(verify(code)).toMatchObject({ ok: false, refusal: { kind: 'claimDiffers', claimed: passive.score.score + 20, score: passive.score.score } });
  });

  it('a code made under other rules is refused with both versions, and one for a scenario not here says which', () => {
    const old = encodeResultCode({ ...passive.replay, rulesVersion: 1 }, { score: 1, outcome: 'defeat', team: 'Old' });
    expect(verify(old)).toMatchObject({ ok: false, team: 'Old', refusal: { kind: 'otherRules', madeWith: 1 } });
    const away = encodeResultCode(
      { ...passive.replay, scenario: { ...passive.replay.scenario, id: 'class-7b' } },
      { score: 1, outcome: 'defeat', team: 'Away' },
    );
    expect(verify(away)).toMatchObject({ ok: false, refusal: { kind: 'missingScenario', scenarioId: 'class-7b' } });
  });

  it('a game of another seed is refused as another class’s once the class’s seed is given', () => {
    const v = verify(elsewhere.code);
    expect(v.ok).toBe(true);
    expect(applyClassFilter(v, { seed: SEED })).toMatchObject({ ok: false, team: 'Team E', refusal: { kind: 'otherSeed', seed: OTHER_SEED, classSeed: SEED } });
    expect(applyClassFilter(v, { seed: OTHER_SEED })).toBe(v);
    expect(applyClassFilter(v, { scenarioId: 'stocks-running-dry' })).toMatchObject({ ok: false, refusal: { kind: 'otherScenario' } });
    expect(seedCode(' race-2o23-x ')).toBe(SEED);
  });
});

describe('money spent', () => {
  it('each month’s budgets, as the ledger reads them off two states, are the ones the month’s report pays', () => {
    let s = newGame(content, seedFromValue(9));
    const all = s.nations.map((n) => n.id);
    while (!s.finished) {
      const { state, report } = resolveTurn(content, s, ordersForTurn(content, s, [], POLICIES.balanced, all));
      const paid = report.entries.filter((e) => e.id.startsWith('budget:')).reduce((sum, e) => sum + e.delta, 0);
      const ledger = monthLedger(content, s, state);
      expect(ledger.incomeEur).toBe(paid);
      expect(ledger.spentEur).toBeGreaterThanOrEqual(0);
      s = state;
    }
  });
});

describe('the class table', () => {
  const verdicts = [verify(passive.code), verify(balanced.code), verify(renamed(balanced, 'Team D')), verify(historical.code), verify(elsewhere.code)];
  const { groups, refused } = groupResults(verdicts);

  it('groups teams by the war they played, best score first', () => {
    expect(groups.map((g) => g.seed)).toEqual([OTHER_SEED, SEED].sort());
    const ours = groups.find((g) => g.seed === SEED)!;
    const scores = ours.teams.map((t) => t.result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(ours.teams.map((t) => t.result.team)).toContain('Team C');
    expect(refused).toEqual([]);
  });

  it('flags two codes with the same orders under different names as copies, and no other team', () => {
    const ours = groups.find((g) => g.seed === SEED)!;
    const flag = (team: string) => ours.teams.find((t) => t.result.team === team)!.copy;
    expect(flag('Team A')).toEqual({ copiedWith: ['Team D'], duplicate: false });
    expect(flag('Team D')).toEqual({ copiedWith: ['Team A'], duplicate: false });
    expect(flag('Team B')).toBeNull();
    expect(flag('Team C')).toBeNull();
    // The same code handed in twice is one row, flagged.
    const twice = groupResults([verify(passive.code), verify(passive.code)]).groups[0]!.teams;
    expect(twice.map((t) => t.copy)).toEqual([{ copiedWith: [], duplicate: true }]);
  });

  it('reads a game handed in twice without a team name as one row, not as two teams copying each other', () => {
    const unnamed = renamed(passive, '');
    const twice = groupResults([verify(unnamed, 'codes.txt line 1'), verify(unnamed, 'codes.txt line 3')]);
    expect(twice.groups[0]!.teams.map((t) => [t.result.team, t.copy])).toEqual([['unnamed (codes.txt line 1)', { copiedWith: [], duplicate: true }]]);
    // The one not shown is counted, so four codes in two rows say why.
    expect(twice.again).toBe(1);
    // A named team that handed in the same game is still flagged as sharing its orders with the unnamed code.
    // The unnamed game pasted twice is named once in the named team's flag (trainer play-test: "… and unnamed (line 3)").
    const both = groupResults([verify(unnamed, 'codes.txt line 1'), verify(renamed(passive, 'Team E')), verify(unnamed, 'codes.txt line 3')]).groups[0]!.teams;
    expect(both.map((t) => [t.result.team, t.copy?.copiedWith])).toEqual([
      ['Team E', ['unnamed (codes.txt line 1)']],
      ['unnamed (codes.txt line 1)', ['Team E']],
    ]);
  });

  it('finds the first month in which the best and the worst team parted, and what each did then', () => {
    const ours = groups.find((g) => g.seed === SEED)!;
    const d = whereDiverged(content, ours);
    if (d.kind !== 'diverged') throw new Error(d.kind);
    const [best, worst] = [ours.teams[0]!.result, ours.teams.at(-1)!.result];
    const first = best.turns.findIndex((t, i) => t.hash !== worst.turns[i]!.hash);
    expect(d.month).toBe(content.startMonth + first);
    const text = divergedText(d, namesFor(content, d.state));
    // Their first month is the scenario's: they parted from the start, and the headline says so (not "the same war until" it).
    expect(text.headline).toContain('parted in the first month, Feb 2023');
    expect(text.best).toMatch(new RegExp(`^${best.team} in Feb 2023: .+`));
    expect(text.worst).toMatch(new RegExp(`^${worst.team} in Feb 2023: .+`));
    expect(
      whereDiverged(
        content,
        groups.find((g) => g.seed === OTHER_SEED)!,
      ),
    ).toEqual({ kind: 'oneTeam' });
  });
});

describe('the CSV', () => {
  const teamX = teamCode({ team: '=HYPERLINK("http://x","y")', policy: 'passive', seed: SEED });
  const verdicts = [verify(balanced.code), verify(teamX.code), verify(tampered(historical, 'Team T', 3))];
  const { groups, refused } = groupResults(verdicts);
  const csv = sheetToCsv(resultsSheet(groups, refused));
  const lines = csv.slice(1).trimEnd().split('\r\n');

  it('is UTF-8 text with a byte-order mark, so a spreadsheet reads km² and € right', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toContain('Russian gains (km²)');
    expect(lines[0]).toContain('Money spent (€)');
  });

  it('has one row per team and month with the month on every row, one row of totals per team, and one per refused code', () => {
    const rows = lines.slice(1);
    expect(rows).toHaveLength(2 * 23 + 2 + 1);
    const month = (row: string) => row.split(',')[4];
    const teamA = rows.filter((r) => r.includes(',Team A,'));
    expect(teamA.map(month)).toEqual([
      ...Array.from({ length: 23 }, (_, i) => `${2023 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}`),
      'total',
    ]);
    expect(teamA.at(-1)).toContain(`,total,${balanced.score.score},${balanced.score.grade},`);
    expect(rows.at(-1)).toMatch(/^race-of-logistics,RACE-2023-X,Team T,.*refused \(tampered\): tampered with: May 2023/);
  });

  it('writes a team name that would start a formula as text', () => {
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});
