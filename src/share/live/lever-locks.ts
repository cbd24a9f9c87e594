/**
 * The levers a live class has locked, as the trainer's board carries them: each lever locked for every
 * nation, or for some. "fundPlant,pledge:DE+PL" is new plants locked for every nation and pledges for
 * Germany and Poland. A lever left out is open. The desk changes one nation at a time by sending the
 * lever's whole new set (the trainer's latest word on a lever replaces the earlier one: sim/trainer-orders.ts).
 * A class file's lock on drawdowns below the readiness floor follows as "drawdown@floor" (":PL" for Poland
 * only): a desk that does not know it reads past it.
 */
import { NATION_ORDER_KINDS, type NationOrderKind } from '../../sim/types';

/** Each locked lever with the nations it binds; an empty list binds every nation. */
export type LeverLocks = ReadonlyMap<NationOrderKind, readonly string[]>;

const FLOOR = 'drawdown@floor';

const part = (name: string, nations: readonly string[]) => (nations.length ? `${name}:${nations.join('+')}` : name);

/** `floor`: the nations the file's drawdown lock below the readiness floor binds ([] for every one), null for none. */
export function encodeLeverLocks(locks: LeverLocks, floor: readonly string[] | null = null): string {
  const levers = NATION_ORDER_KINDS.filter((k) => locks.has(k)).map((k) => part(k, locks.get(k)!));
  return [...levers, ...(floor ? [part(FLOOR, floor)] : [])].join(',');
}

/** The nations a drawdown lock below the readiness floor binds ([] for every one), null when there is none. */
export function decodeFloorLock(text: string): readonly string[] | null {
  const found = text.split(',').find((p) => p.split(':')[0] === FLOOR);
  return found === undefined ? null : (found.split(':')[1] ?? '').split('+').filter(Boolean);
}

/** The board's text read back; anything that is not a lever is left out. */
export function decodeLeverLocks(text: string): LeverLocks {
  const out = new Map<NationOrderKind, string[]>();
  for (const part of text.split(',')) {
    const [lever, nations] = part.split(':');
    if ((NATION_ORDER_KINDS as readonly string[]).includes(lever!)) out.set(lever as NationOrderKind, nations ? nations.split('+').filter(Boolean) : []);
  }
  return out;
}

/**
 * The lever's nations after one nation is locked or unlocked: `every` lists all the scenario's nations, so a
 * lock that comes to cover them all is a lock for every nation, and unlocking one from a lock for every
 * nation leaves the others locked. Null: the lever is open for all.
 */
export function changeOne(now: readonly string[] | undefined, nation: string, lock: boolean, every: readonly string[]): readonly string[] | null {
  const current = now === undefined ? [] : now.length === 0 ? [...every] : [...now];
  const next = lock ? [...new Set([...current, nation])] : current.filter((n) => n !== nation);
  if (next.length === 0) return null;
  if (every.every((n) => next.includes(n))) return [];
  return next.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
