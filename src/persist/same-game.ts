/**
 * A save is only ever replaced by the same game played further: the months it
 * holds must be the first months of the new save. Anything else found in a
 * game's slot (another tab continued this game and played a different month,
 * or text that is not a save) is kept, and the new save goes elsewhere.
 */
import { parseSaveFile, type SaveFile } from '../share/files';

/** Whether `next` may be written over what is stored (undefined: nothing is). */
export function playsOn(stored: unknown, next: SaveFile): boolean {
  if (stored === undefined) return true;
  if (typeof stored !== 'string') return false;
  const parsed = parseSaveFile(stored);
  if (!parsed.ok) return false;
  const old = parsed.value;
  return (
    old.scenario.id === next.scenario.id &&
    old.scenario.hash === next.scenario.hash &&
    old.seed === next.seed &&
    old.turns.length <= next.turns.length &&
    old.turns.every((t, i) => t.hash === next.turns[i]!.hash)
  );
}
