/**
 * What the class server stores: the truth of every class, append-only
 * (ARCHITECTURE.md §4b). A class session, the teams that joined it, each
 * team's orders per turn, the trainer's controls, and the keys of teams moved to another device. Boards, scores and
 * games are rebuilt from these by re-simulation; nothing here is updated.
 */
import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const classSessions = pgTable('class_sessions', {
  code: text('code').primaryKey(),
  scenarioId: text('scenario_id').notNull(),
  contentHash: text('content_hash').notNull(),
  seed: text('seed').notNull(),
  rulesVersion: integer('rules_version').notNull(),
  /** the class file as the server keeps it: what every team's browser reads */
  classFile: jsonb('class_file').notNull(),
  /** sha-256 of the trainer's token: the token itself is never stored */
  trainerTokenHash: text('trainer_token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const classTeams = pgTable(
  'class_teams',
  {
    code: text('code')
      .notNull()
      .references(() => classSessions.code),
    teamId: text('team_id').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.code, t.teamId] })],
);

/** One row per turn a team ended: the orders it gave (the trainer's for it among them). The key refuses a turn ended twice. */
export const teamTurns = pgTable(
  'team_turns',
  {
    code: text('code').notNull(),
    teamId: text('team_id').notNull(),
    turn: integer('turn').notNull(),
    orders: jsonb('orders').notNull(),
    note: text('note').notNull().default(''),
    /** the state hash after the turn's last month, as the server resolved it */
    hash: text('hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.code, t.teamId, t.turn] })],
);

/** The trainer's controls in the order given, with the turn each target team was at (where an inject lands). */
export const classControls = pgTable(
  'class_controls',
  {
    code: text('code').notNull(),
    seq: integer('seq').notNull(),
    control: jsonb('control').notNull(),
    targets: jsonb('targets').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.code, t.seq] })],
);

/** A team moved to another device: the key its trainer gave it, hashed. Its latest key replaces the token it joined with. */
export const teamKeys = pgTable(
  'team_keys',
  {
    code: text('code').notNull(),
    teamId: text('team_id').notNull(),
    seq: integer('seq').notNull(),
    tokenHash: text('token_hash').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.code, t.teamId, t.seq] })],
);
