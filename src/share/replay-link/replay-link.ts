/**
 * Replay links (docs/formats.md, "Replay link"): a whole game in the URL
 * fragment, `#/replay?g=<text>`: rules version, scenario id and content hash,
 * seed, final state hash and every month's orders, written compactly
 * (order-codec.ts), deflated (fflate) and in base64url, with a check. The
 * fragment never reaches a server. A link is refused before it is inflated
 * when it is too long, inflating stops at a fixed size, and anything made
 * under other rules is answered with both versions, never re-simulated.
 */
import { deflateSync } from 'fflate';
import type { ScenarioContent } from '../../sim/content';
import { MAX_ORDERS_PER_FILE, MAX_ORDERS_PER_MONTH, MAX_TURNS } from '../../scenario/limits';
import { RULES_VERSION } from '../../sim/rules-version';
import type { PolicyName } from '../../sim/policies';
import type { Order } from '../../sim/types';
import { otherRulesMessage } from '../check-replay';
import { orderSchema } from '../order-schema';
import { fromBase64Url, inflateBounded, toBase64Url, TooLarge } from '../packed';
import { parseSeed } from '../seed-code';
import { BadBytes, ByteReader, ByteWriter, checksum } from './bytes';
import { OrderContext, readOrder, writeOrder } from './order-codec';
import { readStanding, writeStanding } from './standing-codec';
import type { StandingOrder } from '../standing-order-schema';

/**
 * The newest format of the bytes inside a link, which this game reads with every older one; a newer
 * one is answered as such. Format 2 added standing orders; a link without them is still written in
 * format 1, so a game before them reads it.
 */
export const LINK_FORMAT = 2;
const FIRST_FORMAT = 1;
/** Far above any real game (a 52-month campaign of every nation's orders is about 5,000 characters); refused unread. */
export const MAX_LINK_CHARS = 400_000;
/** Inflating stops here: no deflate bomb. */
const MAX_LINK_BYTES = 2 * 1024 * 1024;
const POLICY_CODES: readonly (PolicyName | '')[] = ['', 'passive', 'historical', 'balanced', 'production', 'drawdown'];
const MAX_NAME_BYTES = 256;

/** A game as a link carries it. */
export interface LinkedGame {
  rulesVersion: number;
  scenario: { id: string; hash: string };
  seed: string;
  finalHash: string;
  /** the policy that played the nations no one played */
  policy?: PolicyName;
  /** the nations the player gave orders for (every nation when missing) */
  played?: string[];
  /** a game branched from another: the other's final hash, and the months of it this one kept */
  branch?: { from: string; months: number };
  /** the player's standing orders, standing or cancelled, with the months each stood (format 2) */
  standing?: StandingOrder[];
  /** each month's orders, in the order resolved */
  months: Order[][];
}

export type LinkAnswer =
  | { ok: true; game: LinkedGame; content: ScenarioContent }
  | { ok: false; problem: string; otherRules?: boolean; header?: Pick<LinkedGame, 'rulesVersion' | 'scenario' | 'seed'> };

/** The text after `g=`: the game's bytes, deflated, in base64url. */
export function encodeLinkedGame(game: LinkedGame, content: ScenarioContent): string {
  const w = new ByteWriter().uint(game.rulesVersion).text(game.scenario.id).hex(game.scenario.hash).text(game.seed).hex(game.finalHash);
  w.byte(POLICY_CODES.indexOf(game.policy ?? ''));
  const numbers = new ByteWriter();
  const ctx = new OrderContext(content, { writer: numbers });
  const standing = game.standing?.length ? game.standing : null;
  w.uint((game.played ? 1 : 0) | (game.branch ? 2 : 0) | (standing ? 4 : 0));
  if (game.played) {
    w.uint(game.played.length);
    for (const n of game.played) ctx.writeId(w, n);
  }
  if (game.branch) w.hex(game.branch.from).uint(game.branch.months);
  if (standing) writeStanding(w, ctx, standing);
  w.uint(game.months.length);
  for (const orders of game.months) {
    w.uint(orders.length);
    for (const o of orders) writeOrder(w, ctx, o);
  }
  const ids = w.done();
  const nums = numbers.done();
  // The format first, then the ids' length, so a reader knows where the numbers start.
  const head = new ByteWriter()
    .byte(standing ? LINK_FORMAT : FIRST_FORMAT)
    .uint(ids.length)
    .done();
  const body = new Uint8Array(head.length + ids.length + nums.length);
  body.set(head);
  body.set(ids, head.length);
  body.set(nums, head.length + ids.length);
  const sum = checksum(body);
  const bytes = new Uint8Array(body.length + 4);
  bytes.set(body);
  bytes.set([sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff], body.length);
  return toBase64Url(deflateSync(bytes, { level: 9 }));
}

export function makeReplayLink(base: string, game: LinkedGame, content: ScenarioContent): string {
  return `${base.replace(/#.*$/, '')}#/replay?g=${encodeLinkedGame(game, content)}`;
}

/** The link's text after `g=` from a whole link, a fragment or the bare text; null when it has none. */
export function linkPayload(text: string): string | null {
  const trimmed = text.trim();
  const at = trimmed.indexOf('#/replay?');
  if (at < 0) return /^[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : null;
  return new URLSearchParams(trimmed.slice(at + '#/replay?'.length)).get('g');
}

/** The bytes of a link, checked, or what is wrong with them. */
function linkBytes(payload: string): { ok: true; bytes: Uint8Array } | { ok: false; problem: string } {
  if (payload.length > MAX_LINK_CHARS) return { ok: false, problem: `the link is too long (${payload.length} characters; at most ${MAX_LINK_CHARS})` };
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { ok: false, problem: 'the link is mistyped: it holds characters a replay link never has' };
  let bytes: Uint8Array;
  try {
    bytes = inflateBounded(fromBase64Url(payload), MAX_LINK_BYTES);
  } catch (e) {
    if (e instanceof TooLarge) return { ok: false, problem: `the link is too large: it unpacks to more than ${MAX_LINK_BYTES / 1024 / 1024} MB` };
    return { ok: false, problem: 'the link is cut short or mistyped: it does not unpack' };
  }
  if (bytes.length < 5) return { ok: false, problem: 'the link is cut short: it holds no game' };
  const body = bytes.subarray(0, bytes.length - 4);
  const t = bytes.subarray(bytes.length - 4);
  const sum = ((t[0]! << 24) | (t[1]! << 16) | (t[2]! << 8) | t[3]!) >>> 0;
  if (sum !== checksum(body)) return { ok: false, problem: 'the link is cut short or mistyped: its check does not match' };
  return { ok: true, bytes: body };
}

/**
 * Reads a link's game: its rules version and scenario first (answered before any order is read),
 * then its orders against the scenario with that content hash. The orders are not yet re-simulated:
 * `replayOfLink` does that, and a game that does not re-simulate to its final hash is refused there.
 */
export function readReplayLink(text: string, contentFor: (id: string) => ScenarioContent | undefined): LinkAnswer {
  if (text.length > MAX_LINK_CHARS + 200) return { ok: false, problem: `the link is too long (${text.length} characters; at most ${MAX_LINK_CHARS})` };
  const payload = linkPayload(text);
  if (payload === null) return { ok: false, problem: 'this is not a replay link (they look like …#/replay?g=…)' };
  const checked = linkBytes(payload);
  if (!checked.ok) return checked;
  try {
    const whole = new ByteReader(checked.bytes);
    const format = whole.byte();
    if (format < FIRST_FORMAT || format > LINK_FORMAT)
      return {
        ok: false,
        problem:
          format > LINK_FORMAT
            ? `this link was made by a newer version of the game (replay link format ${format}; this one reads format ${LINK_FORMAT})`
            : `the link does not hold together (replay link format ${format} does not exist)`,
      };
    const idsLength = whole.count(checked.bytes.length);
    const at = checked.bytes.length - whole.left;
    const r = new ByteReader(checked.bytes.subarray(at, at + idsLength));
    const numbers = new ByteReader(checked.bytes.subarray(at + idsLength));
    const header = { rulesVersion: r.uint(), scenario: { id: r.text(MAX_NAME_BYTES), hash: r.hex(7) }, seed: r.text(MAX_NAME_BYTES) };
    if (header.rulesVersion !== RULES_VERSION) return { ok: false, otherRules: true, header, problem: otherRulesMessage('replay link', header.rulesVersion) };
    const content = contentFor(header.scenario.id);
    if (!content) return { ok: false, header, problem: `the link needs scenario "${header.scenario.id}", which is not available here` };
    if (content.hash !== header.scenario.hash)
      return {
        ok: false,
        header,
        problem: `the link needs scenario "${header.scenario.id}" with content hash ${header.scenario.hash}; the one here has ${content.hash} (its rules or figures were edited)`,
      };
    const seed = parseSeed(header.seed);
    if (!seed.ok) return { ok: false, header, problem: `the link's seed: ${seed.error}` };
    return readBody({ r, numbers, format }, { ...header, seed: seed.seed.code }, content);
  } catch (e) {
    if (e instanceof BadBytes) return { ok: false, problem: `the link does not hold together (${e.message})` };
    throw e;
  }
}

function readBody(
  { r, numbers, format }: { r: ByteReader; numbers: ByteReader; format: number },
  header: Pick<LinkedGame, 'rulesVersion' | 'scenario' | 'seed'>,
  content: ScenarioContent,
): LinkAnswer {
  const finalHash = r.hex(7);
  const policy = POLICY_CODES[r.byte()];
  if (policy === undefined) return { ok: false, header, problem: 'the link names a policy this game does not know' };
  const ctx = new OrderContext(content, { reader: numbers });
  const flags = r.uint();
  const played = flags & 1 ? Array.from({ length: r.count(64) }, () => ctx.readId(r)) : undefined;
  const branch = flags & 2 ? { from: r.hex(7), months: r.uint() } : undefined;
  if (flags & ~(format >= 2 ? 7 : 3))
    return { ok: false, header, problem: `the link does not hold together (it marks parts that replay link format ${format} does not have)` };
  const standing = flags & 4 ? readStanding(r, ctx) : null;
  if (standing && !standing.ok) return { ok: false, header, problem: `the link's ${standing.problem}` };
  const playedHere = played ?? content.nations.map((n) => n.id);
  const stranger = standing?.standing.find((s) => s.kind === 'drawdown' && !playedHere.includes(s.actor));
  if (stranger?.kind === 'drawdown')
    return { ok: false, header, problem: `the link's standing order ${stranger.id} is for "${stranger.actor}", a nation its game does not play` };
  const months: Order[][] = [];
  const count = r.count(MAX_TURNS);
  let total = 0;
  for (let m = 0; m < count; m++) {
    const n = r.count(MAX_ORDERS_PER_MONTH);
    total += n;
    if (total > MAX_ORDERS_PER_FILE) return { ok: false, header, problem: `the link holds more than ${MAX_ORDERS_PER_FILE} orders` };
    const orders: Order[] = [];
    for (let i = 0; i < n; i++) {
      const parsed = orderSchema.safeParse(readOrder(r, ctx));
      if (!parsed.success) return { ok: false, header, problem: `month ${m + 1}, order ${i + 1}: ${parsed.error.issues[0]?.message ?? 'not an order'}` };
      orders.push(parsed.data as Order);
    }
    months.push(orders);
  }
  if (r.left !== 0 || numbers.left !== 0) return { ok: false, header, problem: 'the link does not hold together (bytes left over after the last month)' };
  if (count === 0) return { ok: false, header, problem: 'the link holds no month of play' };
  const game: LinkedGame = {
    ...header,
    finalHash,
    months,
    ...(policy ? { policy } : {}),
    ...(played ? { played } : {}),
    ...(branch ? { branch } : {}),
    ...(standing ? { standing: standing.standing } : {}),
  };
  return { ok: true, game, content };
}
