/**
 * A standing order: an order the player asked to repeat every month until
 * cancelled. It is the player's own store state, kept in the save, never the
 * simulation's: at the start of each month it gives ordinary orders, each
 * naming its actor, so replays and result codes hold only those and verify
 * as before. Shape only; whether a month's order is allowed is for the
 * simulation to answer when it is given.
 */
import { z } from 'zod';
import { MAX_TURNS } from '../scenario/limits';

const id = z.string().min(1).max(64);

/** "s1", "s2" …: made by the store, unique within a game. */
export const STANDING_ID = /^s[0-9]{1,9}$/;

/** Far above what a player keeps standing (one or two per product and nation). */
export const MAX_STANDING_ORDERS = 100;
/** Cancelled ones kept for a branch (the newest): far above what a campaign of play cancels. */
export const MAX_ENDED_STANDING_ORDERS = 400;

/**
 * When a standing order was in force, in months played (so a game branched from a shared one at any
 * month starts with the standing orders its player had then): set in the turn that began after
 * `since` months, it gave orders from the turn after; cancelled in the turn that began after `until`
 * months, it gave that turn's orders and none after.
 */
const span = {
  since: z.int().min(0).max(MAX_TURNS).optional().describe('months played when it was set; it gave orders from the next turn on (from the first when missing)'),
  until: z.int().min(0).max(MAX_TURNS).optional().describe("months played when it was cancelled, after giving that turn's orders; still standing when missing"),
};

export const standingOrderSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: z.string().regex(STANDING_ID),
    kind: z.literal('drawdown'),
    actor: id.describe('the nation that sends from its stocks each month'),
    product: id,
    amount: z.int().min(1).max(1e12),
    ...span,
  }),
  z.strictObject({
    id: z.string().regex(STANDING_ID),
    kind: z.literal('toReadinessFloor').describe('every nation played here sends what it holds above its readiness floor'),
    product: id,
    nations: z.array(id).min(1).max(64).optional().describe('in a hotseat game, the nations of the team that made it; every nation played here when missing'),
    ...span,
  }),
]);

export type StandingOrder = z.infer<typeof standingOrderSchema>;

/** A standing order before the store gives it its id and the month it was set. */
export type StandingOrderSpec = StandingOrder extends infer S ? (S extends StandingOrder ? Omit<S, 'id' | 'since' | 'until'> : never) : never;
