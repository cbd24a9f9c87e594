/**
 * One Colyseus room per live class, its id the class code. The trainer
 * creates it with a class file and gets a secret token for the desk; teams
 * join it with the code and a name, and get a token of their own to rejoin.
 * Every message is read with the protocol's schemas, stored first (the
 * truth, append-only), then applied and told: a refused one changes nothing.
 * Operations run one at a time in the order they came (`serial`), so two
 * browsers of one team cannot both end the same turn.
 */
import { Room, ServerError, type Client } from '@colyseus/core';
import type { ScenarioShelf } from '../share/class-file';
import {
  LIVE_PROTOCOL,
  TEAM_MOVED,
  TEAM_MOVED_CLOSE,
  TO_CLIENT,
  TO_SERVER,
  controlSchema,
  desyncSchema,
  joinSchema,
  moveTeamSchema,
  problemLine,
  submitSchema,
  type ControlDone,
  type DeskWelcome,
  type JoinOptions,
  type Refused,
  type Resolved,
  type TeamMoved,
  type Welcome,
} from '../share/live/protocol';
import { encodeLeverLocks } from '../share/live/lever-locks';
import { ClassBoard, TeamRow } from './board';
import type { ClassStore } from './db/class-store';
import { LiveClass } from './live-class';
import { restoreClass } from './restore-class';
import { applyTeamTurn, type TeamGame } from './team-game';
import { newToken, randomWord, sameToken, tokenHash } from './tokens';
import { newTeamKey } from '../share/live/team-key';

export interface ClassDeps {
  store: ClassStore;
  shelf: ScenarioShelf;
  /** a secret of this process: only the server itself restores a stored class */
  restoreKey: string;
  newCode(): string;
  log(line: string): void;
  now(): number;
}

type Visitor = { as: 'desk' } | { as: 'team'; teamId: string };
type Auth = Visitor & { welcome?: { trainerToken?: string; teamToken?: string } };

export class ClassRoom extends Room<ClassBoard> {
  static deps: ClassDeps;
  override maxClients = 1200;
  override autoDispose = false;
  live!: LiveClass;
  private trainerTokenHash = '';
  private teamTokens = new Map<string, string>();
  /** tokens of teams moved to another device since: a browser with one is told so */
  private retiredTokens = new Set<string>();
  private keySeq = 0;
  /** why this class cannot be played (made under other rules, its scenario changed), or null */
  private closed: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private controlSeq = 0;
  private results = new Map<string, string>();

  private get deps(): ClassDeps {
    return (this.constructor as typeof ClassRoom).deps;
  }

  override async onCreate(options: Record<string, unknown>) {
    this.setState(new ClassBoard());
    if (options.restore && options.restoreKey === this.deps.restoreKey) {
      const code = String(options.restore);
      this.roomId = code;
      if (!(await this.restore(code))) return;
    } else await this.create(options);
    this.roomId = this.live.code;
    Object.assign(this.state, { code: this.live.code, title: this.live.file.title });
    this.syncClass();
    for (const team of this.live.teams.values()) this.addRow(team);
    this.onMessage(TO_SERVER.submit, (client, message) => this.serial(() => this.onSubmit(client, message)));
    this.onMessage(TO_SERVER.control, (client, message) => this.serial(() => this.onControl(client, message)));
    this.onMessage(TO_SERVER.desync, (client, message) => this.onDesync(client, message));
    this.onMessage(TO_SERVER.moveTeam, (client, message) => this.serial(() => this.onMoveTeam(client, message)));
    this.onMessage('*', (client, type) => this.refuse(client, 'message', `the server does not know messages of type "${String(type).slice(0, 40)}"`));
  }

  private async create(options: Record<string, unknown>) {
    const parsed = joinSchema.safeParse(options);
    if (!parsed.success || parsed.data.as !== 'create')
      throw new ServerError(400, `cannot create a class: ${parsed.success ? 'not a class' : problemLine(parsed.error)}`);
    checkProtocol(parsed.data);
    let code = this.deps.newCode();
    while (await this.deps.store.hasSession(code)) code = this.deps.newCode();
    const made = LiveClass.fromFile(code, parsed.data.classFile, this.deps.shelf);
    if (!made.ok) throw new ServerError(400, `the class cannot be played: ${made.problem}`);
    this.live = made.value;
    const token = newToken();
    this.trainerTokenHash = tokenHash(token);
    await this.deps.store.addSession({
      code,
      scenarioId: this.live.content.id,
      contentHash: this.live.content.hash,
      seed: this.live.file.seed,
      rulesVersion: this.live.rulesVersion,
      classFile: this.live.file,
      trainerTokenHash: this.trainerTokenHash,
    });
    this.pendingTrainerToken = token;
    this.deps.log(`class ${code} created: ${this.live.file.title}`);
  }

  /** The creator's token, handed to the first desk that joins (the creator's own seat). */
  private pendingTrainerToken: string | null = null;

  private async restore(code: string): Promise<boolean> {
    const restored = await restoreClass(code, this.deps);
    if (!restored.ok) {
      this.closed = restored.problem;
      Object.assign(this.state, { code, title: restored.title });
      this.deps.log(`class ${code} not restored: ${restored.problem}`);
      return false;
    }
    this.live = restored.live;
    this.trainerTokenHash = restored.trainerTokenHash;
    this.teamTokens = restored.teamTokens;
    this.retiredTokens = restored.retiredTokens;
    this.keySeq = restored.keySeq;
    this.controlSeq = restored.controlSeq;
    for (const team of this.live.teams.values()) {
      const code = this.live.resultCode(team);
      if (code) this.results.set(team.id, code);
    }
    return true;
  }

  override async onAuth(_client: Client, options: unknown): Promise<Auth> {
    if (this.closed) throw new ServerError(409, this.closed);
    const parsed = joinSchema.safeParse(options);
    if (!parsed.success) throw new ServerError(400, `cannot join: ${problemLine(parsed.error)}`);
    checkProtocol(parsed.data);
    const join = parsed.data;
    if (join.as === 'create') {
      const token = this.pendingTrainerToken;
      if (!token) throw new ServerError(403, 'this class already has its trainer');
      this.pendingTrainerToken = null;
      return { as: 'desk', welcome: { trainerToken: token } };
    }
    if (join.as === 'desk') {
      if (!sameToken(join.trainerToken, this.trainerTokenHash)) throw new ServerError(403, "that is not this class's trainer token");
      return { as: 'desk' };
    }
    return this.serial(() => this.teamAuth(join));
  }

  private async teamAuth(join: Extract<JoinOptions, { as: 'team' }>): Promise<Auth> {
    if (join.teamToken) {
      const hash = tokenHash(join.teamToken);
      const teamId = [...this.teamTokens].find(([, h]) => h === hash)?.[0];
      if (!teamId && this.retiredTokens.has(hash)) throw new ServerError(403, TEAM_MOVED);
      if (!teamId) throw new ServerError(403, 'that team token or key is not one of this class: check the key with your trainer, or join as a new team');
      // Handed back, so a browser that came in with a key keeps it for its own reloads.
      return { as: 'team', teamId, welcome: { teamToken: join.teamToken } };
    }
    const role = join.role ?? this.live.nextRole();
    const problem = this.live.joinProblem(join.team, role);
    if (problem) throw new ServerError(409, problem);
    const token = newToken();
    const team = this.live.addTeam(join.team, role);
    await this.deps.store.addTeam({ code: this.live.code, teamId: team.id, name: team.name, role: team.role, tokenHash: tokenHash(token) });
    this.teamTokens.set(team.id, tokenHash(token));
    // The live locks and reveals given before it joined bind it too: stored as controls aimed at its first turn, so a restart restores them.
    for (const control of this.live.standingControls()) {
      const targets = { [team.id]: team.state.turn };
      await this.deps.store.addControl({ code: this.live.code, seq: ++this.controlSeq, control, targets });
      this.live.applyControl(control, targets, this.deps.now());
    }
    this.addRow(team);
    this.deps.log(`class ${this.live.code}: team ${team.name} joined as ${team.role}`);
    return { as: 'team', teamId: team.id, welcome: { teamToken: token } };
  }

  override onJoin(client: Client, _options: unknown, auth: Auth) {
    client.userData = { as: auth.as, ...(auth.as === 'team' ? { teamId: auth.teamId } : {}) };
    if (auth.as === 'desk') return this.welcomeDesk(client, auth.welcome?.trainerToken);
    const team = this.live.teams.get(auth.teamId)!;
    this.touch(team.id, +1);
    const welcome: Welcome = {
      code: this.live.code,
      teamId: team.id,
      teamToken: auth.welcome?.teamToken ?? '',
      name: team.name,
      role: team.role,
      classFile: this.live.file,
      contentHash: this.live.content.hash,
      months: team.months,
      trainerOrders: team.trainerOrders,
      notes: team.notes,
    };
    client.send(TO_CLIENT.welcome, welcome);
  }

  override onLeave(client: Client) {
    const who = client.userData as Visitor | undefined;
    if (who?.as === 'team') this.touch(who.teamId, -1);
  }

  private welcomeDesk(client: Client, trainerToken?: string) {
    const desk: DeskWelcome = {
      code: this.live.code,
      ...(trainerToken ? { trainerToken } : {}),
      classFile: this.live.file,
      results: [...this.results].map(([teamId, code]) => ({ teamId, name: this.live.teams.get(teamId)!.name, code })),
    };
    client.send(TO_CLIENT.desk, desk);
  }

  private async onSubmit(client: Client, message: unknown) {
    const who = client.userData as Visitor;
    if (who.as !== 'team') return this.refuse(client, 'submit', 'only a team ends a turn');
    const parsed = submitSchema.safeParse(message);
    if (!parsed.success) return this.refuse(client, 'submit', problemLine(parsed.error));
    const team = this.live.teams.get(who.teamId)!;
    const { turn, orders, note = '' } = parsed.data;
    const problem = this.live.submitProblem(team, turn, orders);
    if (problem) return this.refuse(client, 'submit', problem);
    const months = this.live.resolveTurn(team, orders);
    // Stored first: a turn the database did not take is not played.
    const stored = await this.deps.store.addTurn({ code: this.live.code, teamId: team.id, turn, orders, note, hash: months.at(-1)!.hash });
    if (!stored) return this.refuse(client, 'submit', `turn ${turn} was already ended (from another browser of your team?)`);
    const before = team.months.length;
    applyTeamTurn(team, months, note);
    const resolved: Resolved = { turn, months: team.months.slice(before) };
    for (const c of this.clientsOf(team.id)) c.send(TO_CLIENT.resolved, resolved);
    this.state.teams.get(team.id)!.turnSince = this.deps.now();
    this.updateRow(team);
    const result = this.live.resultCode(team);
    if (result) {
      this.results.set(team.id, result);
      for (const c of this.desks()) c.send(TO_CLIENT.result, { teamId: team.id, name: team.name, code: result });
    }
  }

  private async onControl(client: Client, message: unknown) {
    if ((client.userData as Visitor).as !== 'desk') return this.refuse(client, 'control', 'only the trainer\u2019s desk gives the class\u2019s controls');
    const parsed = controlSchema.safeParse(message);
    if (!parsed.success) return this.refuse(client, 'control', problemLine(parsed.error));
    const control = parsed.data;
    const problem = this.live.controlProblem(control);
    if (problem) return this.refuse(client, 'control', problem);
    const targets = this.live.targetsOf(control);
    const skipped = this.live.skipped(control, targets);
    await this.deps.store.addControl({ code: this.live.code, seq: ++this.controlSeq, control, targets });
    const reached = this.live.applyControl(control, targets, this.deps.now());
    for (const team of reached) for (const c of this.clientsOf(team.id)) c.send(TO_CLIENT.trainerOrders, { orders: team.trainerOrders });
    this.syncClass();
    // A deadline is for the turn each team is at: every row says which.
    if (control.action === 'deadline') for (const team of this.live.teams.values()) this.updateRow(team);
    const done: ControlDone = { control, reached: reached.map((t) => t.name), ...(skipped.length ? { skipped } : {}) };
    client.send(TO_CLIENT.controlDone, done);
  }

  /**
   * A key for a team to go on with its game on another device (trainer play-test: a dead laptop meant starting over
   * under a new name). It replaces the team's token: the browsers that had it are told and let go.
   */
  private async onMoveTeam(client: Client, message: unknown) {
    if ((client.userData as Visitor).as !== 'desk') return this.refuse(client, 'message', 'only the trainer\u2019s desk moves a team');
    const parsed = moveTeamSchema.safeParse(message);
    if (!parsed.success) return this.refuse(client, 'message', problemLine(parsed.error));
    const team = this.live.teams.get(parsed.data.team);
    if (!team) return this.refuse(client, 'message', `no team "${parsed.data.team}" in this class`);
    const key = newTeamKey(randomWord);
    await this.deps.store.addTeamKey({ code: this.live.code, teamId: team.id, seq: ++this.keySeq, tokenHash: tokenHash(key) });
    const was = this.teamTokens.get(team.id);
    if (was) this.retiredTokens.add(was);
    this.teamTokens.set(team.id, tokenHash(key));
    // The browser knows the close code's words (a WebSocket close reason holds at most 123 bytes).
    for (const c of this.clientsOf(team.id)) c.leave(TEAM_MOVED_CLOSE);
    this.deps.log(`class ${this.live.code}: team ${team.name} given a key to move to another device`);
    client.send(TO_CLIENT.teamMoved, { teamId: team.id, name: team.name, key } satisfies TeamMoved);
  }

  private onDesync(client: Client, message: unknown) {
    const who = client.userData as Visitor;
    const parsed = desyncSchema.safeParse(message);
    if (who.as !== 'team' || !parsed.success)
      return this.refuse(client, 'message', parsed.success ? 'only a team reports its own hashes' : problemLine(parsed.error));
    const team = this.live.teams.get(who.teamId)!;
    team.desync = parsed.data;
    this.deps.log(`class ${this.live.code}: DESYNC team ${team.name} turn ${parsed.data.turn}: browser ${parsed.data.hash}`);
    this.updateRow(team);
    for (const c of this.desks()) c.send(TO_CLIENT.desyncSeen, { teamId: team.id, name: team.name, turn: parsed.data.turn });
  }

  /** Runs operations one after the other, in the order they came; one that fails is logged and the next runs. */
  private serial<T>(op: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(op);
    this.queue = run.catch((e: unknown) => this.deps.log(`class ${this.live?.code}: ${(e as Error).stack ?? String(e)}`));
    return run;
  }

  private refuse(client: Client, what: Refused['what'], problem: string) {
    client.send(TO_CLIENT.refused, { what, problem } satisfies Refused);
  }

  private clientsOf(teamId: string): Client[] {
    return this.clients.filter((c) => (c.userData as Visitor | undefined)?.as === 'team' && (c.userData as { teamId: string }).teamId === teamId);
  }

  private desks(): Client[] {
    return this.clients.filter((c) => (c.userData as Visitor | undefined)?.as === 'desk');
  }

  private syncClass() {
    Object.assign(this.state, {
      paused: this.live.paused,
      deadlineAt: this.live.deadlineAt,
      deadlineLeftMs: this.live.deadlineLeftMs,
      russiaHidden: this.live.russiaHidden,
      scoresHidden: this.live.scoresHidden,
      lockedLevers: encodeLeverLocks(this.live.lockedLevers, this.live.floorLocks),
    });
  }

  private addRow(team: TeamGame) {
    const row = new TeamRow();
    Object.assign(row, { id: team.id, name: team.name, role: team.role, online: 0, lastSeen: 0, turnSince: this.deps.now(), desync: '' });
    this.state.teams.set(team.id, row);
    this.updateRow(team);
  }

  private updateRow(team: TeamGame) {
    const row = this.state.teams.get(team.id);
    if (!row) return;
    Object.assign(row, this.live.figures(team), { desync: team.desync ? `turn ${team.desync.turn}` : '' });
  }

  private touch(teamId: string, online: number) {
    const row = this.state.teams.get(teamId);
    if (row) Object.assign(row, { online: Math.max(0, row.online + online), lastSeen: this.deps.now() });
  }
}

function checkProtocol(join: JoinOptions) {
  if (join.protocol !== LIVE_PROTOCOL)
    throw new ServerError(
      426,
      `this browser speaks live-class protocol ${join.protocol} and the server ${LIVE_PROTOCOL}: reload the page to get the server's game`,
    );
}
