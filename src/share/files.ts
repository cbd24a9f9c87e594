/**
 * Orders files, replay files and saves (docs/formats.md). Parsing answers with
 * a list of problems, each naming a JSON path, never with an exception, and
 * refuses oversize text before parsing it. Version 2 orders name their actor;
 * a version-1 file is migrated on reading (its rules version is kept, so a
 * replay made under older rules is answered as such, never re-simulated).
 */
import { z } from 'zod';
import { capProblems, MAX_ORDERS_PER_MONTH, orderCountProblems } from '../scenario/limits';
import { jsonPath, parseJson, type Problem } from '../scenario/validate';
import type { PlayedTurn } from '../sim/replay';
import { migrateOrderV1, orderSchema, orderV1Schema } from './order-schema';
import { MAX_ENDED_STANDING_ORDERS, MAX_STANDING_ORDERS, standingOrderSchema } from './standing-order-schema';
import { MAX_TEAMS } from './teams';

/** 240 months of orders is far below this; anything larger is refused unread. */
export const MAX_FILE_CHARS = 8_000_000;

const hash = z.string().regex(/^[0-9a-f]{14}$/);
const turnsOf = <T extends z.ZodType>(order: T) => z.array(z.strictObject({ orders: z.array(order), hash })).max(240);

const ordersFileFields = {
  format: z.literal('race-of-logistics/orders'),
  nations: z.array(z.string().min(1)).optional().describe('nations these orders play; the others follow the policy (default: all)'),
};
const ordersFileV2 = z.strictObject({ ...ordersFileFields, version: z.literal(2), turns: z.array(z.array(orderSchema)).max(240) });
const ordersFileV1 = z.strictObject({ ...ordersFileFields, version: z.literal(1), turns: z.array(z.array(orderV1Schema)).max(240) });

const replayFields = {
  format: z.literal('race-of-logistics/replay'),
  rulesVersion: z.int().min(1),
  scenario: z.strictObject({ id: z.string().min(1), hash }),
  seed: z.string().min(1),
  policy: z.string().optional(),
  finalHash: hash,
};
export const replayFileSchema = z.strictObject({ ...replayFields, version: z.literal(2), turns: turnsOf(orderSchema).min(1) });
const replayFileV1 = z.strictObject({ ...replayFields, version: z.literal(1), turns: turnsOf(orderV1Schema).min(1) });

/** The players' one-line reasons, by the month index a turn starts at ('' where none was given). */
export const notesSchema = z
  .array(z.string().max(140))
  .max(240)
  .describe("the players' one-line reason for each turn's orders, by the month index the turn starts at");

/** Where a branched game left its original: the original's final hash, the months of it kept, and its replay link (to compare with it). */
export const branchSchema = z.strictObject({
  from: hash,
  months: z.int().min(0).max(240),
  link: z
    .string()
    .max(400_000)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export type Branch = z.infer<typeof branchSchema>;

/** An autosave: a replay of the months played so far, plus who was playing. */
const saveFields = {
  format: z.literal('race-of-logistics/save'),
  rulesVersion: z.int().min(1),
  scenario: z.strictObject({ id: z.string().min(1), hash }),
  seed: z.string().min(1),
  humanNations: z.array(z.string().min(1)),
  aiPolicy: z.enum(['passive', 'historical', 'balanced', 'production', 'drawdown']),
  savedAt: z.string(),
};
/** A named copy's name, as long as a line of the saved games list holds. */
export const MAX_SAVE_NAME = 60;
/** What tells a browser's saved games apart: made when a game starts, lowercase letters and digits. */
export const GAME_ID = /^[0-9a-z]{8,32}$/;
/** Added to version 2 later: all optional, so that version-2 saves written before them still open. */
const laterSaveFields = {
  gameId: z.string().regex(GAME_ID).optional().describe('the game this save belongs to: each game keeps its own save'),
  scenarioFile: z.unknown().optional().describe('the scenario file itself, for a scenario loaded from a file; validated like one when the save is restored'),
  standingOrders: z
    .array(standingOrderSchema)
    .max(MAX_STANDING_ORDERS)
    .optional()
    .describe('orders the player repeats every month until cancelled; none when missing'),
  standingOrdersEnded: z
    .array(standingOrderSchema)
    .max(MAX_ENDED_STANDING_ORDERS)
    .optional()
    .describe('standing orders cancelled after giving orders, with the months they stood (since, until): a branch of the game starts with those of its month'),
  teams: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(40),
        nations: z.array(z.string().min(1).max(64)).min(1).max(64),
      }),
    )
    .min(2)
    .max(MAX_TEAMS)
    .optional()
    .describe('hotseat teams in the order they play, each with the nations it gives orders for; one player when missing'),
  notes: notesSchema.optional(),
  branch: branchSchema.optional().describe('a game branched from a replay: where it left the original, and the original itself'),
  pending: z
    .array(orderSchema)
    .max(MAX_ORDERS_PER_MONTH)
    .optional()
    .describe("the orders given in the month under way, not yet ended: given again when the game is continued (one player's games only)"),
  name: z
    .string()
    .regex(/\S/, 'a name is more than spaces')
    .max(MAX_SAVE_NAME)
    .optional()
    .describe('a copy the player saved under a name ("Save a copy…"): kept as it is, continuing it starts a new game from it'),
};
export const saveFileSchema = z.strictObject({ ...saveFields, ...laterSaveFields, version: z.literal(2), turns: turnsOf(orderSchema) });
const saveFileV1 = z.strictObject({ ...saveFields, version: z.literal(1), turns: turnsOf(orderV1Schema) });

export type OrdersFile = z.infer<typeof ordersFileV2>;
export type SaveFile = z.infer<typeof saveFileSchema>;
export type ReplayFile = z.infer<typeof replayFileSchema>;

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates by the file's `version`: the current schema, or the old one and a migration. */
function parseVersioned<T>(text: string, current: z.ZodType<T>, v1: { schema: z.ZodType; migrate: (old: never) => T }): Parsed<T> {
  if (text.length > MAX_FILE_CHARS)
    return { ok: false, problems: [{ path: '$', message: `too large (${text.length} characters; at most ${MAX_FILE_CHARS})` }] };
  const json = parseJson(text);
  if (!json.ok) return json;
  const counted = orderCountProblems(json.value);
  if (counted.length) return { ok: false, problems: counted };
  const version = (json.value as { version?: unknown } | null)?.version;
  const schema = version === 1 ? v1.schema : current;
  const result = schema.safeParse(json.value);
  if (!result.success) return { ok: false, problems: capProblems(result.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message }))) };
  return { ok: true, value: version === 1 ? v1.migrate(result.data as never) : (result.data as T) };
}

type TurnsV1 = { orders: z.infer<typeof orderV1Schema>[]; hash: string }[];
const migrateTurns = (turns: TurnsV1) => turns.map((t) => ({ orders: t.orders.map(migrateOrderV1), hash: t.hash }));

export const parseOrdersFile = (text: string): Parsed<OrdersFile> =>
  parseVersioned(text, ordersFileV2, {
    schema: ordersFileV1,
    migrate: (old: z.infer<typeof ordersFileV1>) => ({ ...old, version: 2 as const, turns: old.turns.map((t) => t.map(migrateOrderV1)) }),
  });

/** Migrates a version-1 replay to version 2 (orders gain their actor; the rules version stays what it was). */
export function migrateReplayV1(old: z.infer<typeof replayFileV1>): ReplayFile {
  return { ...old, version: 2, turns: migrateTurns(old.turns) };
}

export const parseReplayFile = (text: string): Parsed<ReplayFile> => parseVersioned(text, replayFileSchema, { schema: replayFileV1, migrate: migrateReplayV1 });

/** A replay object (already parsed JSON), either version. */
export function readReplayValue(value: unknown): Parsed<ReplayFile> {
  return parseReplayFile(JSON.stringify(value));
}

export const parseSaveFile = (text: string): Parsed<SaveFile> =>
  parseVersioned(text, saveFileSchema, {
    schema: saveFileV1,
    migrate: (old: z.infer<typeof saveFileV1>) => ({ ...old, version: 2 as const, turns: migrateTurns(old.turns) }),
  });

export function makeReplay(args: {
  rulesVersion: number;
  scenarioId: string;
  scenarioHash: string;
  seed: string;
  policy?: string;
  turns: PlayedTurn[];
  finalHash: string;
}): ReplayFile {
  return {
    format: 'race-of-logistics/replay',
    version: 2,
    rulesVersion: args.rulesVersion,
    scenario: { id: args.scenarioId, hash: args.scenarioHash },
    seed: args.seed,
    ...(args.policy ? { policy: args.policy } : {}),
    turns: args.turns.map((t) => ({ orders: t.orders, hash: t.hash })),
    finalHash: args.finalHash,
  };
}
