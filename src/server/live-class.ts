/**
 * A live class in the server's memory: the class (read and compiled like a
 * class file), its teams' games, and the trainer's live controls. No
 * Colyseus and no database here: the room (class-room.ts) stores what
 * happens and tells the browsers; this decides what happens. Rebuilt after a
 * restart from what was stored, by re-playing it (restore-class.ts).
 */
import { buildContent } from '../scenario/build-content';
import { newGame } from '../scenario/build-game';
import type { ScenarioContent } from '../sim/content';
import { gameMetrics, scoreGame } from '../sim/metrics';
import { monthLabel } from '../sim/month';
import { hashState } from '../sim/hash';
import { RULES_VERSION } from '../sim/rules-version';
import type { GameState, NationOrderKind, Order } from '../sim/types';
import { readClassValue, type ClassFile, type ScenarioShelf } from '../share/class-file';
import { makeReplay } from '../share/files';
import type { Control, TeamFigures } from '../share/live/protocol';
import { encodeResultCode } from '../share/result-code';
import { parseSeed } from '../share/seed-code';
import { previewOrders } from '../sim/resolve-turn';
import { formatMessage, namesFor } from '../share/text/messages';
import { newTeamGame, ordersProblem, resolveTeamTurn, type TeamGame } from './team-game';

export type Made<T> = { ok: true; value: T } | { ok: false; problem: string };

export class LiveClass {
  readonly teams = new Map<string, TeamGame>();
  paused = false;
  /** when the trainer's deadline for the turn runs out (ms since 1970), 0 for none or while the class is paused */
  deadlineAt = 0;
  /** what is left of the deadline while the class is paused (the clock stops), 0 otherwise (trainer play-test: it ran on) */
  deadlineLeftMs = 0;
  /** each team's turn when the deadline was set: it is for that turn only, not the next (trainer play-test: it carried over) */
  readonly deadlineTurns = new Map<string, number>();
  russiaHidden: boolean;
  scoresHidden: boolean;
  /** the levers locked now, each for every nation (an empty list) or some: the class file's, then as the trainer locks and unlocks them live */
  readonly lockedLevers: Map<NationOrderKind, readonly string[]>;
  /** the class file's drawdown locks below the readiness floor, by the nations they bind (empty: every one), until the trainer decides drawdowns live */
  floorLocks: readonly string[] | null;
  private readonly start: GameState;

  private constructor(
    readonly code: string,
    readonly file: ClassFile,
    readonly content: ScenarioContent,
  ) {
    // The class file's checks have read its seed already.
    this.start = newGame(content, (parseSeed(file.seed) as Extract<ReturnType<typeof parseSeed>, { ok: true }>).seed);
    this.russiaHidden = file.visibility.hideRussia;
    this.scoresHidden = file.visibility.hideOtherScores;
    this.lockedLevers = fileLeverLocks(file);
    this.floorLocks = fileFloorLocks(file);
  }

  /**
   * A class from a trainer's class file (a value, read with the class file's own checks). A live
   * class is always facilitated: the trainer's injects and reveals are orders in every team's game.
   */
  static fromFile(code: string, value: unknown, shelf: ScenarioShelf): Made<LiveClass> {
    const facilitated = value && typeof value === 'object' && !Array.isArray(value) ? { ...value, facilitated: true } : value;
    const read = readClassValue(facilitated, shelf);
    if (!read.ok) return { ok: false, problem: read.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
    return { ok: true, value: new LiveClass(code, read.session.file, buildContent(read.session.scenario)) };
  }

  get rulesVersion(): number {
    return RULES_VERSION;
  }

  teamByName(name: string): TeamGame | undefined {
    const key = name.trim().toLowerCase();
    return [...this.teams.values()].find((t) => t.name.toLowerCase() === key);
  }

  /** The role of the next team to join: the class file lists one per team, in order, and starts again when they are used up. */
  nextRole(): string {
    return this.file.roles[this.teams.size % this.file.roles.length]!;
  }

  /** Why a new team cannot join with this name and role, or null. */
  joinProblem(name: string, role: string): string | null {
    if (!this.file.roles.includes(role)) return `"${role}" is not a role of this class (its roles: ${this.file.roles.join(', ')})`;
    if (this.teamByName(name)) return `a team named "${name.trim()}" has already joined: rejoin from that team's browser, or choose another name`;
    if (this.teams.size >= 500) return 'this class is full (500 teams)';
    return null;
  }

  /** The trainer's latest live word on each lever, and on what is hidden: a team that joins later is given them too. */
  private readonly standing = new Map<string, Control>();

  /**
   * The live locks and reveals in force, as the controls that gave them: a team joining now gets them as its first
   * turn's orders (trainer play-test: a lock set live did not bind a team that joined after it).
   */
  standingControls(): Control[] {
    return [...this.standing.values()];
  }

  addTeam(name: string, role: string, id = `t${this.teams.size + 1}`): TeamGame {
    const team = newTeamGame(this.content, this.start, { id, name: name.trim(), role });
    this.teams.set(id, team);
    return team;
  }

  /** Why this turn of a team's cannot be resolved now, or null. */
  submitProblem(team: TeamGame, turn: number, orders: readonly Order[]): string | null {
    if (this.paused) return 'the class is paused by your trainer: the turn can be ended once it resumes';
    return ordersProblem(this.content, team, turn, orders);
  }

  /** Resolves a checked turn; `applyTeamTurn` moves the team's game on once it is stored. */
  resolveTurn(team: TeamGame, orders: readonly Order[]) {
    return resolveTeamTurn(this.content, team, orders);
  }

  /** Why a trainer's control cannot be carried out, or null: an inject no game can take is refused with the first game's reason. */
  controlProblem(control: Control): string | null {
    if (control.action === 'lockLever') return this.lockProblem(control);
    if (control.action !== 'inject') return null;
    if (!this.content.events.some((e) => e.id === control.eventId)) return `no event "${control.eventId}" in ${this.content.title}`;
    if (control.team && !this.teams.has(control.team)) return `no team "${control.team}" in this class`;
    const targets = this.targetsOf(control);
    if (Object.keys(targets).length) return null;
    const first = this.skipped(control, targets)[0];
    return first ? `${first.name}: ${first.why}` : null;
  }

  /** A lock names nations of the class's scenario; an unlock is for every nation. */
  private lockProblem(control: Extract<Control, { action: 'lockLever' }>): string | null {
    const nations = control.nations ?? [];
    if (!control.locked && nations.length) return 'a lever is unlocked for every nation: lock it for the nations it should still bind';
    const unknown = nations.find((id) => !this.content.nations.some((n) => n.id === id));
    return unknown === undefined ? null : `no nation "${unknown}" in this class`;
  }

  private reach(control: Control): TeamGame[] {
    const all = control.action === 'inject' && control.team ? [this.teams.get(control.team)!] : [...this.teams.values()];
    return all.filter((t) => !t.state.finished);
  }

  /**
   * The teams a control reaches, each with the turn its game is at (where an inject or reveal lands):
   * every team still playing, or the one named, whose game can take the trainer's order now (an
   * event that has already happened in a game cannot be fired again there).
   */
  targetsOf(control: Control): Record<string, number> {
    const order = trainerOrder(control);
    const takes = (t: TeamGame) => !order || previewOrders(this.content, t.state, [...t.trainerOrders, order]).results.at(-1)!.ok;
    return Object.fromEntries(
      this.reach(control)
        .filter(takes)
        .map((t) => [t.id, t.state.turn]),
    );
  }

  /** The teams still playing that a control aimed at them does not reach (it is not in `targets`), each with the rules' reason. */
  skipped(control: Control, targets: Record<string, number>): { name: string; why: string }[] {
    const order = trainerOrder(control);
    if (!order) return [];
    return this.reach(control)
      .filter((t) => !(t.id in targets))
      .map((t) => {
        const refused = previewOrders(this.content, t.state, [...t.trainerOrders, order]).results.at(-1)!;
        return { name: t.name, why: formatMessage(refused.message, namesFor(this.content, t.state)) };
      });
  }

  /**
   * Carries out a control. Pause, resume and the deadline are the class's; an inject and a reveal
   * become the trainer's orders in the targets' next turn (recorded in their games, so a result code
   * proves them). A target whose game has moved past the turn it was aimed at is left out.
   */
  applyControl(control: Control, targets: Record<string, number>, now: number): TeamGame[] {
    // Pause and resume are the class's (a paused class ends no turn) and orders in every game too, so each team's screen and replay show them.
    if (control.action === 'pause' || control.action === 'resume') this.pauseClock(control.action === 'pause', now);
    if (control.action === 'deadline') this.setDeadline(control.minutes, targets, now);
    else {
      if (control.action === 'revealRussia' || control.action === 'hideRussia') this.russiaHidden = control.action === 'hideRussia';
      if (control.action === 'revealScores' || control.action === 'hideScores') this.scoresHidden = control.action === 'hideScores';
      if (control.action === 'lockLever' && control.locked) this.lockedLevers.set(control.lever, sortedNations(control.nations ?? []));
      if (control.action === 'lockLever' && !control.locked) this.lockedLevers.delete(control.lever);
      // A lever's first live word decides it in place of the file's locks on it (sim/locks.ts), this one too.
      if (control.action === 'lockLever' && control.lever === 'drawdown') this.floorLocks = null;
      const standing = standingKey(control);
      if (standing) this.standing.set(standing, control);
      const order = trainerOrder(control)!;
      const reached: TeamGame[] = [];
      for (const [id, turn] of Object.entries(targets)) {
        const team = this.teams.get(id);
        if (!team || team.state.turn !== turn || team.state.finished) continue;
        team.trainerOrders.push(order);
        reached.push(team);
      }
      return reached;
    }
    return [];
  }

  /** Pausing stops the deadline's clock with what is left of it; resuming starts it again from there. */
  private pauseClock(paused: boolean, now: number): void {
    if (paused && !this.paused && this.deadlineAt) [this.deadlineLeftMs, this.deadlineAt] = [Math.max(0, this.deadlineAt - now), 0];
    if (!paused && this.paused && this.deadlineLeftMs) [this.deadlineAt, this.deadlineLeftMs] = [now + this.deadlineLeftMs, 0];
    this.paused = paused;
  }

  /**
   * A deadline for the turn each team was at (`turns`: recorded with the control, so a class restored after a restart,
   * its turns replayed before its controls, has the same); 0 minutes clears it. Set while paused, its clock starts on resuming.
   */
  private setDeadline(minutes: number, turns: Record<string, number>, now: number): void {
    const ms = minutes * 60_000;
    [this.deadlineAt, this.deadlineLeftMs] = this.paused ? [0, ms] : [ms ? now + ms : 0, 0];
    this.deadlineTurns.clear();
    if (ms) for (const [id, turn] of Object.entries(turns)) this.deadlineTurns.set(id, turn);
  }

  figures(team: TeamGame): TeamFigures {
    const m = gameMetrics(this.content, team.state);
    return {
      // A finished game's state is at the month after its last one: the board shows the last month played.
      month: monthLabel(team.state.finished ? team.state.month - 1 : team.state.month),
      turn: team.state.turn,
      score: scoreGame(this.content, team.state).score,
      groundKm2: m.territoryLostKm2,
      fireRatioBp: m.avgFireRatioBp,
      shells: m.ukraineArtillery,
      finished: team.state.finished,
      deadlineTurn: this.deadlineTurns.get(team.id) ?? -1,
    };
  }

  /** A finished team's result code, as its browser would make it: the trainer's dashboard verifies it like any other. */
  resultCode(team: TeamGame): string | null {
    if (!team.state.finished) return null;
    const replay = makeReplay({
      rulesVersion: RULES_VERSION,
      scenarioId: this.content.id,
      scenarioHash: this.content.hash,
      seed: team.state.seed,
      turns: team.months,
      finalHash: hashState(team.state),
    });
    const score = scoreGame(this.content, team.state);
    return encodeResultCode(replay, { score: score.score, outcome: score.outcome, team: team.name }, { notes: team.notes, played: team.nations });
  }
}

/** The trainer's order a control gives every game it reaches (an inject, a reveal, a lock), or null for the class's own controls. */
function trainerOrder(control: Control): Order | null {
  if (control.action === 'deadline') return null;
  // From the desk a lever is locked for every nation or the ones named, or unlocked for every nation.
  if (control.action === 'lockLever')
    return {
      kind: 'lockLever',
      actor: 'trainer',
      lever: control.lever,
      nations: control.locked ? sortedNations(control.nations ?? []) : [],
      locked: control.locked,
    };
  return control.action === 'inject'
    ? { kind: 'inject', actor: 'trainer', eventId: control.eventId }
    : { kind: 'facilitate', actor: 'trainer', action: control.action };
}

/** What a control decides for good, the latest of its kind standing (a lever's lock, Russia's or the scores' visibility), or null. */
function standingKey(control: Control): string | null {
  if (control.action === 'lockLever') return `lever:${control.lever}`;
  if (control.action === 'revealRussia' || control.action === 'hideRussia') return 'russia';
  if (control.action === 'revealScores' || control.action === 'hideScores') return 'scores';
  return null;
}

/** Nation ids once each, in code-point order: the order the sim keeps a lock's nations in (sim/trainer-orders.ts). */
const sortedNations = (ids: readonly string[]) => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The class file's drawdown locks below the readiness floor: the nations they bind, [] for every nation, null for none. */
function fileFloorLocks(file: ClassFile): readonly string[] | null {
  const floor = file.locks.filter((l) => l.belowReadinessFloor);
  if (!floor.length) return null;
  return floor.some((l) => !l.nations?.length) ? [] : sortedNations(floor.flatMap((l) => l.nations ?? []));
}

/**
 * The class file's locks as the board shows them: a lever locked for every nation, or for the nations its
 * locks name. A lock below the readiness floor binds only some drawdowns and is shown apart (fileFloorLocks).
 */
function fileLeverLocks(file: ClassFile): Map<NationOrderKind, readonly string[]> {
  const out = new Map<NationOrderKind, readonly string[]>();
  for (const l of file.locks) {
    if (l.belowReadinessFloor) continue;
    const was = out.get(l.order);
    if (was?.length === 0) continue;
    out.set(l.order, l.nations?.length ? sortedNations([...(was ?? []), ...l.nations]) : []);
  }
  return out;
}
