/**
 * Orders files and replay files (docs/formats.md). Parsing answers with a
 * list of problems, each naming a JSON path, never with an exception.
 */
import { z } from 'zod';
import { jsonPath, parseJson, type Problem } from '../scenario/validate';
import type { PlayedTurn } from '../sim/replay';
import type { Order } from '../sim/types';
import { orderSchema } from './order-schema';

export const ordersFileSchema = z.strictObject({
  format: z.literal('race-of-logistics/orders'),
  version: z.literal(1),
  nations: z.array(z.string().min(1)).optional().describe('nations these orders play; the others follow the policy (default: all)'),
  turns: z.array(z.array(orderSchema)).max(240),
});

export const replayFileSchema = z.strictObject({
  format: z.literal('race-of-logistics/replay'),
  version: z.literal(1),
  rulesVersion: z.int().min(1),
  scenario: z.strictObject({ id: z.string().min(1), hash: z.string().regex(/^[0-9a-f]{14}$/) }),
  seed: z.string().min(1),
  policy: z.string().optional(),
  turns: z
    .array(z.strictObject({ orders: z.array(orderSchema), hash: z.string().regex(/^[0-9a-f]{14}$/) }))
    .min(1)
    .max(240),
  finalHash: z.string().regex(/^[0-9a-f]{14}$/),
});

/** An autosave: a replay of the months played so far, plus who was playing. */
export const saveFileSchema = z.strictObject({
  format: z.literal('race-of-logistics/save'),
  version: z.literal(1),
  rulesVersion: z.int().min(1),
  scenario: z.strictObject({ id: z.string().min(1), hash: z.string().regex(/^[0-9a-f]{14}$/) }),
  seed: z.string().min(1),
  humanNations: z.array(z.string().min(1)),
  aiPolicy: z.enum(['passive', 'historical', 'balanced']),
  turns: z.array(z.strictObject({ orders: z.array(orderSchema), hash: z.string().regex(/^[0-9a-f]{14}$/) })).max(240),
  savedAt: z.string(),
});

export type OrdersFile = z.infer<typeof ordersFileSchema>;
export type SaveFile = z.infer<typeof saveFileSchema>;
export type ReplayFile = z.infer<typeof replayFileSchema>;

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function parseWith<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value);
  if (!result.success) return { ok: false, problems: result.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
  return { ok: true, value: result.data };
}

export const parseOrdersFile = (text: string): Parsed<OrdersFile> => parseWith(ordersFileSchema, text);
export const parseReplayFile = (text: string): Parsed<ReplayFile> => parseWith(replayFileSchema, text);
export const parseSaveFile = (text: string): Parsed<SaveFile> => parseWith(saveFileSchema, text);

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
    version: 1,
    rulesVersion: args.rulesVersion,
    scenario: { id: args.scenarioId, hash: args.scenarioHash },
    seed: args.seed,
    ...(args.policy ? { policy: args.policy } : {}),
    turns: args.turns.map((t) => ({ orders: t.orders as Order[], hash: t.hash })),
    finalHash: args.finalHash,
  };
}
