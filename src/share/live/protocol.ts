/**
 * The live class protocol (docs/formats.md, "Live class messages"): what a
 * browser and the class server say to each other over Colyseus. Teams send
 * only their orders; the server re-simulates and answers with hashes, so it
 * never has to trust a client. Every message a client sends is read with
 * these schemas on the server, and anything else is answered with what is
 * wrong and changes nothing.
 */
import { z } from 'zod';
import { orderSchema } from '../order-schema';
import type { PlayedTurn } from '../../sim/replay';
import { NATION_ORDER_KINDS, type Order } from '../../sim/types';
import { TEAM_KEY_PATTERN } from './team-key';

/** Bumped when a message changes shape: a browser and a server of different versions refuse each other by name. */
/**
 * 2: a lever is locked for some nations live, and the board's `lockedLevers` names them (share/live/lever-locks.ts);
 * a team moves to another device with a key from the desk (team-key.ts).
 * 3: the board's rows say when each team's turn under way opened (`turnSince`); a control's answer names the teams it
 * did not reach, and why (`skipped`).
 */
export const LIVE_PROTOCOL = 3;
export const CLASS_ROOM = 'class';
export const DEFAULT_CLASS_PORT = 2567;
/** The meta tag the class server adds to the game it serves: the game then finds the server at its own address. */
export const SERVED_BY_CLASS_SERVER = 'rol-class-server';
/** A turn's orders for a whole alliance stay under a few hundred; far more is refused unread. */
export const MAX_TURN_ORDERS = 600;
/** The largest WebSocket message the server reads (a turn's orders are a few kilobytes). */
export const MAX_MESSAGE_BYTES = 512 * 1024;
/** The largest matchmaking request: a class with a trainer's own scenario inside. */
export const MAX_JOIN_BYTES = 4 * 1024 * 1024;

const token = z.string().regex(/^[0-9a-f]{32}$/, 'a token of 32 hex digits');
/** A team's token, or the key its trainer gave it to go on with its game on another device (team-key.ts). */
const teamToken = z.union([token, z.string().regex(TEAM_KEY_PATTERN, 'a team key like K7QM-2XB4-9PTR-5')]);
const teamName = z
  .string()
  .trim()
  .min(1, 'a team needs a name')
  .max(40, 'a team name has at most 40 characters')
  .regex(/^[^<>]*$/, 'a team name has no < or >');

/** Join options, one per kind of visitor. */
export const joinSchema = z.discriminatedUnion('as', [
  z.strictObject({ as: z.literal('create'), protocol: z.int(), classFile: z.unknown() }),
  z.strictObject({ as: z.literal('desk'), protocol: z.int(), trainerToken: token }),
  z.strictObject({
    as: z.literal('team'),
    protocol: z.int(),
    team: teamName,
    role: z.string().min(1).max(48).optional().describe("the class's roles are one per team, in order: without a role the team takes the next"),
    teamToken: teamToken.optional(),
  }),
]);
export type JoinOptions = z.infer<typeof joinSchema>;

/** A team ends its turn: the turn it ends (the month index it opened at, the game's `turn`) and its orders. */
export const submitSchema = z.strictObject({
  turn: z.int().min(0).max(200),
  orders: z.array(orderSchema).max(MAX_TURN_ORDERS),
  note: z.string().max(140).optional(),
});
export type Submit = z.infer<typeof submitSchema>;

/** A team's browser found that its own resolution of a turn gives another hash than the server's. */
export const desyncSchema = z.strictObject({ turn: z.int().min(0).max(200), hash: z.string().max(40) });

/** The trainer's live controls. `team` aims an inject at one team; without it every team gets it. */
export const controlSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('inject'), eventId: z.string().min(1).max(64), team: z.string().max(16).optional() }),
  z.strictObject({ action: z.enum(['revealRussia', 'hideRussia', 'revealScores', 'hideScores']) }),
  z.strictObject({ action: z.literal('deadline'), minutes: z.int().min(0).max(120) }),
  // A lock binds the nations named, every nation without them; an unlock is for every nation.
  z.strictObject({
    action: z.literal('lockLever'),
    lever: z.enum(NATION_ORDER_KINDS),
    locked: z.boolean(),
    nations: z.array(z.string().min(1).max(16)).max(64).optional(),
  }),
]);
export type Control = z.infer<typeof controlSchema>;

/** The desk asks for a key for a team to go on with its game on another device; the team's old token stops working. */
export const moveTeamSchema = z.strictObject({ team: z.string().min(1).max(16) });

/** The desk's answer to a team moved: the key to type on the new device. */
export interface TeamMoved {
  teamId: string;
  name: string;
  key: string;
}

/** The close code and words for a team's browsers when its trainer moves it to another device: they stop trying to rejoin. */
export const TEAM_MOVED_CLOSE = 4010;
export const TEAM_MOVED =
  "your trainer has moved your team to another device, which plays its game now: this browser no longer can (your trainer's desk can give a key to come back)";

/** Message types, each way. */
export const TO_SERVER = { submit: 'submit', desync: 'desync', control: 'control', moveTeam: 'moveTeam' } as const;
export const TO_CLIENT = {
  welcome: 'welcome',
  desk: 'desk',
  resolved: 'resolved',
  trainerOrders: 'trainerOrders',
  refused: 'refused',
  result: 'result',
  desyncSeen: 'desyncSeen',
  controlDone: 'controlDone',
  teamMoved: 'teamMoved',
} as const;

/** The desk's answer to a control carried out: the control, and the teams whose games it reached (none for the class's own: pause, deadline). */
export interface ControlDone {
  control: Control;
  reached: string[];
  /** the teams still playing that it did not reach, each with the reason (trainer play-test: a team left out unsaid) */
  skipped?: { name: string; why: string }[];
}

/** A team's figures on the trainer's board: the month its game reached, its score so far and key indicators. */
export interface TeamFigures {
  month: string;
  turn: number;
  score: number;
  groundKm2: number;
  fireRatioBp: number;
  shells: number;
  finished: boolean;
  /** the team's turn the class's deadline is for, -1 for none */
  deadlineTurn: number;
}

/** What a team's browser is told on joining: who it is, the class, and the game so far (re-played to rebuild it). */
export interface Welcome {
  code: string;
  teamId: string;
  teamToken: string;
  name: string;
  role: string;
  /** the class as the server keeps it (a live class is always facilitated) */
  classFile: unknown;
  /** the content hash of the class's scenario on the server: a browser with other content would not reach its hashes */
  contentHash: string;
  /** every month played so far: its orders and the hash after it */
  months: PlayedTurn[];
  /** the trainer's orders waiting for this team's next turn (injects, reveals) */
  trainerOrders: Order[];
  notes: string[];
}

/** The trainer's desk on joining: the class, its token (once, on creating it) and the result codes of the teams that finished. */
export interface DeskWelcome {
  code: string;
  trainerToken?: string;
  classFile: unknown;
  results: { teamId: string; name: string; code: string }[];
}

/** A turn the server resolved for a team: its months (orders and hashes), for every browser of the team. */
export interface Resolved {
  turn: number;
  months: PlayedTurn[];
}

export interface Refused {
  /** what was refused: a join, a submitted turn, a control, or a message the server cannot read */
  what: 'submit' | 'control' | 'message';
  problem: string;
}

/** Problems of a message, as one line naming the paths: what a refusal says. */
export function problemLine(error: z.ZodError): string {
  return error.issues
    .slice(0, 4)
    .map((i) => `${i.path.length ? i.path.join('.') : 'message'}: ${i.message}`)
    .join('; ');
}
