/**
 * A class session (docs/formats.md, "Class files"): the scenario (a shipped
 * one by id and, optionally, its content hash, or a trainer's own file carried
 * inside), the seed, the roles teams may take, locked levers, scheduled
 * injects, what teams may see and the month limit. A class compiles into a
 * scenario of its own (`compileClass`): locks and visibility become its
 * `class` rules, which the resolver enforces, injects become events fixed to
 * their month, and the month limit its end. Its content hash therefore covers
 * the class rules, and a result code of a class game proves they were kept.
 * Reading answers with problems that name JSON paths, never an exception.
 */
import { z } from 'zod';
import { buildContent } from '../scenario/build-content';
import { eventActionSchema, id, month, orderLockSchema, sourceSchema, text, type ScenarioFile } from '../scenario/schema';
import { jsonPath, parseJson, validateScenario, type Problem } from '../scenario/validate';
import { formatMonth, parseMonth } from '../sim/month';
import { parseSeed } from './seed-code';

/** A class with a trainer's own scenario inside is the size of that scenario; anything far larger is refused unread. */
export const MAX_CLASS_CHARS = 3_000_000;

export const COORDINATOR = 'coordinator';

const hash = z.string().regex(/^[0-9a-f]{14}$/, 'a content hash: 14 hex digits');

/** Either an event of the scenario forced on, or the trainer's own with its text, source and effects. */
const inject = z
  .strictObject({
    month,
    event: id.optional().describe("an event of the scenario's decks, forced on in this month"),
    custom: z
      .strictObject({ id, title: text, text, source: sourceSchema, actions: z.array(eventActionSchema).min(1).max(12) })
      .optional()
      .describe("the trainer's own event: its text, the source line it cites and its effects"),
  })
  .refine((x) => (x.event === undefined) !== (x.custom === undefined), 'an inject names an event or gives a custom one (one of the two)');

export const classFileSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('race-of-logistics/class'),
  version: z.literal(1),
  id: id.describe('names the class game; it must not be the id of a shipped scenario'),
  title: text,
  goals: z.array(text).max(12).default([]).describe("the lesson's learning goals, for the class briefing"),
  scenario: z.union([
    z.strictObject({ id, hash: hash.optional().describe('the content hash it was prepared on: a changed scenario is refused') }),
    z.strictObject({ file: z.unknown().describe("a trainer's own scenario file, carried inside the class") }),
  ]),
  seed: z.string().min(1).max(40),
  roles: z.array(z.string().min(1).max(48)).min(1).max(32).describe('"coordinator" (every nation) or a nation id, one per team'),
  locks: z.array(orderLockSchema).max(64).default([]),
  injects: z.array(inject).max(64).default([]),
  visibility: z.strictObject({ hideRussia: z.boolean().default(false), hideOtherScores: z.boolean().default(false) }).prefault({}),
  months: z.int().min(1).max(121).optional().describe('the month limit for the lesson (default: the whole scenario)'),
  facilitated: z
    .boolean()
    .optional()
    .describe('played at the front of the room: the trainer may pause, fire injects and reveal or hide information live, recorded in the replay'),
});

export type ClassFile = z.infer<typeof classFileSchema>;

/** A class read and compiled: its file, and the scenario a class game plays. */
export interface ClassSession {
  file: ClassFile;
  scenario: ScenarioFile;
}

export type ClassReading = { ok: true; session: ClassSession } | { ok: false; problems: Problem[] };

/** What a class needs from the game's catalogue: the shipped scenarios, by id, with their content hashes. */
export interface ScenarioShelf {
  find(id: string): { file: ScenarioFile; hash: string } | undefined;
  ids(): readonly string[];
}

const fail = (path: string, message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ path, message }] });

/** The scenario a class is built on, or what is wrong with its reference. */
function baseScenario(k: ClassFile, shelf: ScenarioShelf): { ok: true; file: ScenarioFile } | { ok: false; problems: Problem[] } {
  if ('file' in k.scenario) {
    const own = validateScenario(k.scenario.file);
    if (!own.ok) return { ok: false, problems: own.problems.map((p) => ({ path: p.path.replace(/^\$/, '$.scenario.file'), message: p.message })) };
    if (shelf.find(own.scenario.id)) return fail('$.scenario.file.id', `"${own.scenario.id}" is a shipped scenario's id: give the trainer's scenario its own`);
    return { ok: true, file: own.scenario };
  }
  const shipped = shelf.find(k.scenario.id);
  if (!shipped) return fail('$.scenario.id', `unknown scenario "${k.scenario.id}" (known: ${shelf.ids().join(', ')})`);
  if (k.scenario.hash && k.scenario.hash !== shipped.hash)
    return fail('$.scenario.hash', `the class was prepared on other content (${k.scenario.hash}); this game's ${k.scenario.id} is ${shipped.hash}`);
  return { ok: true, file: shipped.file };
}

/** Checks what the schema cannot: roles, lock nations, inject events and months against the scenario. */
function crossCheck(k: ClassFile, base: ScenarioFile, shelf: ScenarioShelf): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string) => problems.push({ path: jsonPath(path), message });
  if (shelf.find(k.id)) at(['id'], `"${k.id}" is a shipped scenario's id: a class needs its own`);
  if (!parseSeed(k.seed).ok) at(['seed'], `not a seed code: ${(parseSeed(k.seed) as { error: string }).error}`);
  const nations = new Set(base.nations.map((n) => n.id));
  k.roles.forEach(
    (r, i) => r === COORDINATOR || base.playable.includes(r) || at(['roles', i], `"${r}" is not a playable nation of ${base.id} nor "coordinator"`),
  );
  k.locks.forEach((l, i) => l.nations?.forEach((n, j) => nations.has(n) || at(['locks', i, 'nations', j], `unknown nation "${n}"`)));
  const start = parseMonth(base.start)!;
  const end = lastMonth(k, base);
  const events = new Set(base.events.map((e) => e.id));
  k.injects.forEach((x, i) => {
    const m = parseMonth(x.month)!;
    if (m < start || m > end) at(['injects', i, 'month'], `${x.month} is outside the class's months (${base.start} to ${formatMonth(end)})`);
    if (x.event && !events.has(x.event)) at(['injects', i, 'event'], `no event "${x.event}" in ${base.id}`);
    if (x.custom && events.has(x.custom.id)) at(['injects', i, 'custom', 'id'], `"${x.custom.id}" is already an event of ${base.id}`);
  });
  if (k.months !== undefined && start + k.months - 1 > parseMonth(base.end)!) at(['months'], `${base.id} has only ${parseMonth(base.end)! - start + 1} months`);
  return problems;
}

function lastMonth(k: ClassFile, base: ScenarioFile): number {
  const end = parseMonth(base.end)!;
  return k.months === undefined ? end : Math.min(end, parseMonth(base.start)! + k.months - 1);
}

/** The scenario a class game plays: the base with the class's id, rules, injects as events fixed to their month, and its month limit. */
export function compileClass(k: ClassFile, base: ScenarioFile): ScenarioFile {
  const forced = new Map<string, string>();
  for (const x of k.injects) if (x.event) forced.set(x.event, x.month);
  const events = base.events.map((e) => {
    const at = forced.get(e.id);
    if (at === undefined) return e;
    const { deck: _deck, ...always } = e;
    return { ...always, trigger: { kind: 'month' as const, month: at } };
  });
  for (const x of k.injects) if (x.custom) events.push({ ...x.custom, trigger: { kind: 'month', month: x.month } });
  return {
    ...base,
    id: k.id,
    title: k.title,
    learningGoals: k.goals.length ? k.goals : base.learningGoals,
    end: formatMonth(lastMonth(k, base)),
    forClass: true,
    events,
    class: {
      locks: k.locks,
      hideRussia: k.visibility.hideRussia,
      hideOtherScores: k.visibility.hideOtherScores,
      injects: k.injects.map((x) => x.event ?? x.custom!.id),
      ...(k.facilitated ? { facilitated: true } : {}),
    },
  };
}

/** Reads a class from its parsed JSON: schema, then the scenario it names, then the cross-checks, then the compiled scenario's own checks. */
export function readClassValue(value: unknown, shelf: ScenarioShelf): ClassReading {
  const parsed = classFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i) => ({ path: jsonPath(i.path), message: i.message })) };
  const k = parsed.data;
  const base = baseScenario(k, shelf);
  if (!base.ok) return base;
  const problems = crossCheck(k, base.file, shelf);
  if (problems.length) return { ok: false, problems };
  const compiled = validateScenario(compileClass(k, base.file));
  if (!compiled.ok) return { ok: false, problems: compiled.problems.map((p) => ({ path: p.path, message: `in the class's scenario: ${p.message}` })) };
  return { ok: true, session: { file: k, scenario: compiled.scenario } };
}

/** Reads a class file's text; oversize text is refused before it is parsed. */
export function readClassText(textIn: string, shelf: ScenarioShelf): ClassReading {
  if (textIn.length > MAX_CLASS_CHARS) return fail('$', `too large for a class file (${textIn.length} characters; at most ${MAX_CLASS_CHARS})`);
  const json = parseJson(textIn);
  return json.ok ? readClassValue(json.value, shelf) : json;
}

const runLive = new WeakMap<ScenarioFile, ScenarioFile>();

/**
 * A class's scenario as the class server plays it: every live class is facilitated (the trainer's pause, injects and
 * live locks are orders in the teams' games: server/live-class.ts), and that is part of its content hash. A trainer who
 * marks a live class from the link prepared before it ran loads the class as written (play-test: every code refused as
 * "edited"), so the results look for this one too. Null when the scenario is no class or is facilitated already; the
 * same object for the same scenario, so its content is built once.
 */
export function asRunLive(scenario: ScenarioFile): ScenarioFile | null {
  if (!scenario.class || scenario.class.facilitated) return null;
  let live = runLive.get(scenario);
  if (!live) {
    live = { ...scenario, class: { ...scenario.class, facilitated: true } };
    runLive.set(scenario, live);
  }
  return live;
}

/** The content hash of the scenario a class plays: what its result codes carry. */
export function classContentHash(session: ClassSession): string {
  return buildContent(session.scenario).hash;
}

/** A shelf of scenarios with their content hashes (the catalogue's, or the CLI's shipped files). */
export function shelfFrom(files: readonly ScenarioFile[]): ScenarioShelf {
  const hashes = new Map<string, string>();
  const byId = new Map(files.map((f) => [f.id, f]));
  return {
    find(idWanted) {
      const file = byId.get(idWanted);
      if (!file) return undefined;
      if (!hashes.has(idWanted)) hashes.set(idWanted, buildContent(file).hash);
      return { file, hash: hashes.get(idWanted)! };
    },
    ids: () => [...byId.keys()],
  };
}
