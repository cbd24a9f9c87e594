/**
 * A live class in this browser (#/live for the trainer's desk, the game for a
 * team): the connection's state, the class's board as the server keeps it,
 * and the last refusal or desync. The connection itself lives beside the
 * store (it is not data); the team's and the desk's handling of the server's
 * messages are in live-team.ts and live-desk.ts.
 */
import { parseClassCode } from '../../share/live/class-code';
import {
  TEAM_MOVED,
  TEAM_MOVED_CLOSE,
  TO_CLIENT,
  type Control,
  type ControlDone,
  type DeskWelcome,
  type Refused,
  type Resolved,
  type TeamMoved,
  type Welcome,
} from '../../share/live/protocol';
import { parseTeamKey } from '../../share/live/team-key';
import type { Order } from '../../sim';
import type { Slice, SessionState } from '../store';
import { classServerUrl, connectLive, type Board, type LiveConnection, type Visit } from './live-connection';
import { controlNotice, deskResult, deskWelcome, savedDesks } from './live-desk';
import { TIME_UP_SHOWN_MS } from './deadline';
import type { DeskPlan } from './desk-plan';
import { savedTeam, submitTurn, trainerOrdersArrived, turnRefused, turnResolved, welcomeTeam } from './live-team';

export interface LiveSession {
  as: 'team' | 'desk';
  code: string;
  status: 'connecting' | 'open' | 'lost';
  board: Board | null;
  /** a team's turn sent and not answered yet */
  waiting: boolean;
  /** the orders of the turn this browser sent, until the server answers */
  sent?: Order[];
  /** End turn is held for a moment after another browser of the team ended the turn (a click meant for that turn must not end the next) */
  held?: boolean;
  /** the server's last refusal, in its words */
  problem: string | null;
  desync: string | null;
  /** the desk: what the server last carried out ("Fired … in 2 teams' games"); a team: its orders given again after a reload */
  notice?: string;
  /** the desk: what the class file planned (its locks in words, its turns, its scheduled injects) */
  plan?: DeskPlan;
  /** the desk: the trainer's token (shown once, to reopen the desk elsewhere) and the desyncs teams reported */
  trainerToken?: string;
  /**
   * the desk: the class was made here just now, so the token is new to the trainer and the desk asks them to write it
   * down (trainer play-test: a token in a folded line was not found, and another browser could not open the desk)
   */
  tokenNew?: boolean;
  desyncs?: string[];
  /** how to join again after a lost connection */
  visit: Visit;
  /** a team: its trainer moved it to another device, so this browser no longer rejoins */
  movedAway?: boolean;
  /** the desk: keys for teams to go on with their games on another device */
  moves?: TeamMoved[];
}

export interface LiveSlice {
  live: LiveSession | null;
  /** the time of the last countdown tick: setting it redraws the deadline every second */
  liveClock: number;
  /** the menu's join form and the desk's reopen form */
  liveForm: { code: string; team: string; token: string; key?: string; problem: string | null; busy: boolean };
  editLiveForm(patch: Partial<LiveSlice['liveForm']>): void;
  /** A team joins the class whose code is in the form (rejoining as itself when this browser has its token). */
  joinLiveClass(): Promise<void>;
  /** The trainer runs the class prepared on the desk live. */
  startLiveClass(classFile: unknown): Promise<void>;
  /** The trainer opens the desk of a running class again with its token. */
  reopenLiveDesk(code: string, token: string): Promise<void>;
  liveControl(control: Control): void;
  /** A team ends its turn: the orders go to the class server. */
  submitLiveTurn(): void;
  liveSend(type: string, message: unknown): void;
  leaveLive(): void;
}

let connection: LiveConnection | null = null;
let retry: ReturnType<typeof setTimeout> | null = null;
const RETRY_MS = 2_000;
let ticking: ReturnType<typeof setInterval> | null = null;
/** The desk's minutes ("deciding for 4 min", "left 3 min ago") are redrawn every half minute while a desk is open. */
let deskMinutes: ReturnType<typeof setInterval> | null = null;
const DESK_REDRAW_MS = 30_000;

export const createLiveSlice: Slice<LiveSlice> = (set, get) => {
  const access = { get, set };
  const handle = (type: string, message: unknown) => {
    const problem = (m: string | null) => m && set({ live: { ...get().live!, problem: m } });
    if (type === TO_CLIENT.welcome) {
      const w = message as Welcome;
      // From now on a lost connection rejoins as this team, with its token.
      const token = w.teamToken || savedTeam(w.code)?.token;
      set({ live: { ...get().live!, code: w.code, visit: { as: 'team', code: w.code, team: w.name, ...(token ? { teamToken: token } : {}) } } });
      problem(welcomeTeam(w, access));
    } else if (type === TO_CLIENT.desk) deskWelcome(message as DeskWelcome, access);
    else if (type === TO_CLIENT.resolved) turnResolved(message as Resolved, access);
    else if (type === TO_CLIENT.refused) turnRefused(message as Refused, access);
    else if (type === TO_CLIENT.trainerOrders) {
      const game = get().game;
      if (game) trainerOrdersArrived(game, (message as { orders: Order[] }).orders, access);
    } else if (type === TO_CLIENT.result) deskResult(message as { name: string; code: string }, access);
    else if (type === TO_CLIENT.controlDone) {
      const sc = get().catalogue.scenarios.find((x) => x.id === get().resultsClass.scenarioId);
      const notice = controlNotice(message as ControlDone, {
        event: (id) => sc?.events.find((e) => e.id === id)?.title ?? id,
        nation: (id) => sc?.nations.find((n) => n.id === id)?.name ?? id,
      });
      set({ live: { ...get().live!, notice, problem: null } });
    } else if (type === TO_CLIENT.teamMoved) {
      const m = message as TeamMoved;
      const live = get().live!;
      set({ live: { ...live, moves: [...(live.moves ?? []).filter((x) => x.teamId !== m.teamId), m] } });
    } else if (type === TO_CLIENT.desyncSeen) {
      const d = message as { name: string; turn: number };
      set({ live: { ...get().live!, desyncs: [...(get().live!.desyncs ?? []), `${d.name}: turn ${d.turn}`] } });
    }
  };

  /** Connects (or connects again after a loss); a refusal is the form's problem, or the session's when it was running. */
  const connect = async (visit: Visit, as: LiveSession['as'], code: string) => {
    const again = get().live?.status === 'lost';
    if (!again) set({ live: { as, code, status: 'connecting', board: null, waiting: false, problem: null, desync: null, visit } });
    try {
      connection = await connectLive(classServerUrl(), visit, {
        message: handle,
        board: (board) => {
          if (!get().live) return;
          set({ live: { ...get().live!, board } });
          tickUntil(board.deadlineAt);
          if (get().live!.as === 'desk' && !deskMinutes) deskMinutes = setInterval(() => set({ liveClock: Date.now() }), DESK_REDRAW_MS);
        },
        lost: (closeCode) => (closeCode === TEAM_MOVED_CLOSE ? movedAway() : lost()),
      });
      set({ live: { ...get().live!, status: 'open', problem: null }, liveForm: { ...get().liveForm, problem: null, busy: false } });
    } catch (e) {
      // A team moved to another device meanwhile: its old token will never be taken again.
      if (again && (e as Error).message === TEAM_MOVED) return movedAway();
      if (again) return lost((e as Error).message);
      set({ live: null, liveForm: { ...get().liveForm, problem: (e as Error).message, busy: false } });
    }
  };

  /** The countdown is redrawn every second until the deadline has run out and "time is up" has been shown long enough. */
  const tickUntil = (deadlineAt: number) => {
    if (ticking || !deadlineAt || Date.now() > deadlineAt + TIME_UP_SHOWN_MS) return;
    ticking = setInterval(() => {
      const at = get().live?.board?.deadlineAt ?? 0;
      set({ liveClock: Date.now() });
      if (!at || Date.now() > at + TIME_UP_SHOWN_MS) {
        clearInterval(ticking!);
        ticking = null;
      }
    }, 1000);
  };

  /** The trainer moved this team to another device: the game stays on screen, and this browser stops trying to rejoin. */
  const movedAway = () => {
    const live = get().live;
    if (!live) return;
    if (retry) clearTimeout(retry);
    set({ live: { ...live, status: 'lost', waiting: false, problem: TEAM_MOVED, movedAway: true }, resolving: false, settling: false });
  };

  /** The connection dropped: the game stays on screen, and the browser tries again every few seconds. */
  const lost = (why?: string) => {
    const live = get().live;
    if (!live) return;
    set({ live: { ...live, status: 'lost', waiting: false, problem: why ?? null }, resolving: false, settling: false });
    if (retry) clearTimeout(retry);
    retry = setTimeout(() => void connect(live.visit, live.as, live.code), RETRY_MS);
  };

  return {
    live: null,
    liveClock: 0,
    liveForm: { code: '', team: '', token: '', problem: null, busy: false },
    editLiveForm: (patch) => set({ liveForm: { ...get().liveForm, ...patch } }),

    async joinLiveClass() {
      const form = get().liveForm;
      const code = parseClassCode(form.code);
      if (!code.ok) return set({ liveForm: { ...form, problem: `Class code: ${code.error}` } });
      if (form.key?.trim()) {
        // A team moved here by its trainer: the key stands for the team, whatever name is typed.
        const key = parseTeamKey(form.key);
        if (!key.ok) return set({ liveForm: { ...form, problem: `Team key: ${key.error}` } });
        set({ liveForm: { ...form, problem: null, busy: true } });
        get().leaveLive();
        return connect({ as: 'team', code: code.code, team: form.team.trim() || 'moved team', teamToken: key.key }, 'team', code.code);
      }
      const saved = savedTeam(code.code);
      if (!saved && !form.team.trim()) return set({ liveForm: { ...form, problem: 'Give your team a name (the trainer sees it on the board).' } });
      set({ liveForm: { ...form, problem: null, busy: true } });
      get().leaveLive();
      await connect({ as: 'team', code: code.code, team: saved?.name ?? form.team.trim(), ...(saved ? { teamToken: saved.token } : {}) }, 'team', code.code);
    },

    async startLiveClass(classFile) {
      get().leaveLive();
      set({ liveForm: { ...get().liveForm, problem: null, busy: true } });
      await connect({ as: 'create', classFile }, 'desk', '');
    },

    async reopenLiveDesk(code, token) {
      const parsed = parseClassCode(code);
      if (!parsed.ok) return set({ liveForm: { ...get().liveForm, problem: `Class code: ${parsed.error}` } });
      const known = token.trim() || savedDesks().find((d) => d.code === parsed.code)?.token || '';
      get().leaveLive();
      set({ liveForm: { ...get().liveForm, problem: null, busy: true } });
      await connect({ as: 'desk', code: parsed.code, trainerToken: known.trim().toLowerCase() }, 'desk', parsed.code);
    },

    liveControl(control) {
      get().liveSend('control', control);
    },

    submitLiveTurn: () => submitTurn(access),

    liveSend(type, message) {
      if (connection && get().live?.status === 'open') connection.send(type, message);
    },

    leaveLive() {
      if (retry) clearTimeout(retry);
      retry = null;
      if (deskMinutes) clearInterval(deskMinutes);
      deskMinutes = null;
      connection?.leave();
      connection = null;
      if (get().live) set({ live: null });
    },
  };
};

/** Whether a live class is paused on the class server (its board); a pause among the game's own trainer orders is read by facilitationNow. */
export function livePaused(s: Pick<SessionState, 'live'>): boolean {
  return s.live?.as === 'team' && s.live.board?.paused === true;
}
