/**
 * The small live board that Colyseus keeps in step in every browser of a
 * class: the class's pause and deadline, and one row per team (month
 * reached, score so far, key figures, last seen). Not the games themselves:
 * those stay orders and hashes. Every browser of the class gets the rows; a
 * team's screen shows none of them. (Colyseus' per-client views would keep
 * them from the teams, but under 200 clients their patches failed to decode
 * in the browsers: "refId not found".)
 */
import { schema, type SchemaType } from '@colyseus/schema';

export const TeamRow = schema(
  {
    id: 'string',
    name: 'string',
    role: 'string',
    month: 'string',
    turn: 'number',
    score: 'number',
    groundKm2: 'number',
    fireRatioBp: 'number',
    shells: 'number',
    finished: 'boolean',
    /** browsers of the team connected now */
    online: 'number',
    /** when a browser of the team last connected or left (ms since 1970) */
    lastSeen: 'number',
    /**
     * when the team's turn under way opened: it joined, or its last turn was resolved (ms since 1970; a class restored
     * after a restart counts from then). The desk says how long a team has been deciding (trainer play-test: the desk
     * showed each team's month, not who was still deciding and for how long).
     */
    turnSince: 'number',
    /** "" or the turn whose hash the team's browser found different */
    desync: 'string',
    /** the team's turn the class's deadline is for, -1 for none: a team past it has no deadline */
    deadlineTurn: 'number',
  },
  'TeamRow',
);
export type TeamRow = SchemaType<typeof TeamRow>;

export const ClassBoard = schema(
  {
    code: 'string',
    title: 'string',
    paused: 'boolean',
    /** ms since 1970 when the turn's deadline runs out; 0 for none, or while paused */
    deadlineAt: 'number',
    /** what is left of the deadline while the class is paused (its clock stops), in ms; 0 otherwise */
    deadlineLeftMs: 'number',
    russiaHidden: 'boolean',
    scoresHidden: 'boolean',
    /** the levers locked, in the order of NATION_ORDER_KINDS, each with the nations it binds when not every one (share/live/lever-locks.ts) */
    lockedLevers: 'string',
    teams: { map: TeamRow },
  },
  'ClassBoard',
);
export type ClassBoard = SchemaType<typeof ClassBoard>;
