/**
 * A stored class brought back after a restart: the class read again from its
 * stored file, every team's turns re-played with the shared resolver (each
 * checked against the hash stored with it), then the trainer's controls in
 * their order. A class made under other rules, or on a scenario that has
 * changed since, is not re-simulated: it stays closed, and whoever joins it
 * is told why, naming both versions.
 */
import { RULES_VERSION } from '../sim/rules-version';
import { controlSchema } from '../share/live/protocol';
import type { ClassDeps } from './class-room';
import { LiveClass } from './live-class';
import { applyTeamTurn } from './team-game';
import type { Order } from '../sim/types';

export type Restored =
  | {
      ok: true;
      live: LiveClass;
      trainerTokenHash: string;
      teamTokens: Map<string, string>;
      /** the tokens of teams that have moved to another device since: a browser with one is told so */
      retiredTokens: Set<string>;
      keySeq: number;
      controlSeq: number;
    }
  | { ok: false; problem: string; title: string };

export async function restoreClass(code: string, deps: Pick<ClassDeps, 'store' | 'shelf' | 'log'>): Promise<Restored> {
  const stored = await deps.store.load(code);
  if (!stored) return { ok: false, problem: `no class ${code} on this server`, title: '' };
  const { session } = stored;
  const title = String((session.classFile as { title?: unknown }).title ?? code);
  if (session.rulesVersion !== RULES_VERSION)
    return {
      ok: false,
      title,
      problem: `class ${code} was played under rules version ${session.rulesVersion}; this server runs rules version ${RULES_VERSION}, so its games cannot go on here. The teams' result codes from then still verify with a game of rules version ${session.rulesVersion}.`,
    };
  const made = LiveClass.fromFile(code, session.classFile, deps.shelf);
  if (!made.ok) return { ok: false, title, problem: `class ${code} can no longer be read: ${made.problem}` };
  const live = made.value;
  if (live.content.hash !== session.contentHash)
    return {
      ok: false,
      title,
      problem: `class ${code} was made on scenario content ${session.contentHash}; this server's ${session.scenarioId} is now ${live.content.hash}`,
    };
  const teamTokens = new Map<string, string>();
  for (const t of stored.teams) {
    live.addTeam(t.name, t.role, t.teamId);
    teamTokens.set(t.teamId, t.tokenHash);
  }
  // A team moved to another device plays on with its latest key; the tokens before it are retired.
  const retiredTokens = new Set<string>();
  for (const k of stored.keys) {
    const was = teamTokens.get(k.teamId);
    if (was === undefined) continue;
    retiredTokens.add(was);
    teamTokens.set(k.teamId, k.tokenHash);
  }
  for (const row of stored.turns) {
    const team = live.teams.get(row.teamId);
    if (!team || team.state.turn !== row.turn) {
      deps.log(`class ${code}: stored turn ${row.turn} of ${row.teamId} does not follow its game; left out`);
      continue;
    }
    const months = live.resolveTurn(team, row.orders as Order[]);
    if (months.at(-1)!.hash !== row.hash) deps.log(`class ${code}: team ${team.name}'s turn ${row.turn} re-simulates to another hash than stored`);
    applyTeamTurn(team, months, row.note);
  }
  for (const row of stored.controls) {
    const control = controlSchema.safeParse(row.control);
    if (control.success) live.applyControl(control.data, row.targets as Record<string, number>, row.at.getTime());
  }
  return {
    ok: true,
    live,
    trainerTokenHash: session.trainerTokenHash,
    teamTokens,
    retiredTokens,
    keySeq: Math.max(0, ...stored.keys.map((k) => k.seq)),
    controlSeq: stored.controls.at(-1)?.seq ?? 0,
  };
}
