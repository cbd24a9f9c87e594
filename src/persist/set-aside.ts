/**
 * A save set aside: kept as it was stored, with why it could not be offered
 * and when, so that it can be restored once it re-simulates again (its
 * scenario file loaded, say) or downloaded for a bug report. Saves set aside
 * before reasons were kept are stored bare; they read with a reason that says so.
 */

export interface SetAsideSave {
  /** the save as it was stored */
  text: string;
  reason: string;
  /** ISO date; null for saves set aside before dates were kept */
  setAsideAt: string | null;
}

/** Read after "Set aside because …". */
export const NO_REASON_KEPT = 'of a problem an earlier version of the game did not record';

export function setAsideRecord(value: unknown, reason: string, at: Date): SetAsideSave {
  return { text: textOf(value), reason, setAsideAt: at.toISOString() };
}

/** Whatever is stored under a set-aside key, read as a set-aside save. */
export function readSetAside(value: unknown): SetAsideSave {
  if (isSetAside(value)) return value;
  return { text: textOf(value), reason: NO_REASON_KEPT, setAsideAt: null };
}

function isSetAside(value: unknown): value is SetAsideSave {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.text === 'string' && typeof v.reason === 'string' && (typeof v.setAsideAt === 'string' || v.setAsideAt === null);
}

/** A save is JSON text; anything else the browser held is written out as JSON (or as well as it can be). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const named = Object.prototype.toString.call(value);
  try {
    return JSON.stringify(value) ?? named;
  } catch {
    // A value that refers to itself: what kind of thing it was is all that can be written.
    return named;
  }
}
