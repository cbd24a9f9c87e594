/**
 * The browser's side of a live class: the Colyseus client (loaded only when a
 * class is joined, so a one-device game never downloads it), one room, its
 * board as plain data, and every message the server sends handed on by type.
 */
import type { Room } from 'colyseus.js';
import { CLASS_ROOM, DEFAULT_CLASS_PORT, LIVE_PROTOCOL, SERVED_BY_CLASS_SERVER, TO_CLIENT, type TeamFigures } from '../../share/live/protocol';

/** One team's row on the board, as the browser reads it. */
export interface BoardRow extends TeamFigures {
  id: string;
  name: string;
  role: string;
  online: number;
  lastSeen: number;
  /** when the team's turn under way opened (ms since 1970) */
  turnSince: number;
  desync: string;
}

export interface Board {
  code: string;
  title: string;
  paused: boolean;
  deadlineAt: number;
  /** what is left of the deadline while the class is paused, in ms; 0 otherwise */
  deadlineLeftMs: number;
  russiaHidden: boolean;
  scoresHidden: boolean;
  /** the levers locked for every nation, comma-separated */
  lockedLevers: string;
  teams: BoardRow[];
}

export interface LiveHandlers {
  message(type: string, message: unknown): void;
  board(board: Board): void;
  /** the connection ended without the browser asking (Wi-Fi, a server restart) */
  lost(code: number): void;
}

export interface LiveConnection {
  send(type: string, message: unknown): void;
  leave(): void;
}

/**
 * Where the class server is: `?server=` in the page's address, or the page's own origin when the
 * class server serves the game, or the same host on the class server's port (npm run dev).
 */
export function classServerUrl(
  loc: Pick<Location, 'search' | 'protocol' | 'hostname' | 'origin'> = location,
  doc: Pick<Document, 'querySelector'> = document,
): string {
  const asked = new URLSearchParams(loc.search).get('server');
  if (asked) return asked;
  return doc.querySelector(`meta[name="${SERVED_BY_CLASS_SERVER}"]`) ? loc.origin : `${loc.protocol}//${loc.hostname}:${DEFAULT_CLASS_PORT}`;
}

export type Visit =
  { as: 'create'; classFile: unknown } | { as: 'desk'; code: string; trainerToken: string } | { as: 'team'; code: string; team: string; teamToken?: string };

/** Joins (or creates) a class; the promise fails with the server's own words when it refuses. */
export async function connectLive(url: string, visit: Visit, on: LiveHandlers): Promise<LiveConnection> {
  const { Client } = await import('colyseus.js');
  const client = new Client(url);
  let room: Room;
  try {
    if (visit.as === 'create') room = await client.create(CLASS_ROOM, { as: 'create', protocol: LIVE_PROTOCOL, classFile: visit.classFile });
    else {
      const { code, ...options } = visit;
      room = await client.joinById(code, { ...options, protocol: LIVE_PROTOCOL });
    }
  } catch (e) {
    throw new Error(joinProblem(e, url), { cause: e });
  }
  for (const type of Object.values(TO_CLIENT)) room.onMessage(type, (message: unknown) => on.message(type, message));
  room.onStateChange((state) => on.board(boardOf(state)));
  let leaving = false;
  room.onLeave((code) => leaving || on.lost(code));
  return {
    send: (type, message) => room.send(type, message),
    leave() {
      leaving = true;
      void room.leave(true).catch(() => undefined);
    },
  };
}

function boardOf(state: unknown): Board {
  const plain = (state as { toJSON(): Omit<Board, 'teams'> & { teams?: Record<string, BoardRow> } }).toJSON();
  return { ...plain, teams: Object.values(plain.teams ?? {}) };
}

/** The words for a refused join: the server's, or what to check when it cannot be reached. */
function joinProblem(e: unknown, url: string): string {
  const err = e as { code?: number; message?: string };
  if (err.code === 4212 || /not found/i.test(err.message ?? ''))
    return 'no class with that code is running on the class server: check the code with your trainer';
  if (err.message && err.code) return err.message;
  return `the class server at ${url} cannot be reached (${err.message || 'no answer'}): ask your trainer whether it is running, or play on this device and hand in a result code`;
}
