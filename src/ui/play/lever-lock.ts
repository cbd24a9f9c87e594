/**
 * Whether a class lock binds a whole lever for the acting nation now, so its buttons show it before they
 * are pressed (trainer play-test: a locked lever looked like any other until its refusal came back). A
 * drawdown lock below the readiness floor binds only some amounts: the slider stops at the floor.
 */
import { activeLocks, type NationOrderKind } from '../../sim';
import type { SessionState } from '../store';

/** Whether a lock in force on the lever binds the nation, whole (`belowFloor` false) or only below its readiness floors. */
function bound(s: SessionState, lever: NationOrderKind, nationId: string, belowFloor: boolean): boolean {
  const g = s.game!.getState();
  return activeLocks(g.content, g.preview.state).some(
    (l) => l.order === lever && l.belowReadinessFloor === belowFloor && (l.nations.length === 0 || l.nations.includes(nationId)),
  );
}

export function leverLocked(s: SessionState, lever: NationOrderKind, nationId: string = s.acting): boolean {
  return bound(s, lever, nationId, false);
}

/** What a locked lever's button says, and adds to its accessible name (words, not a padlock: a browser without an emoji font showed an empty box). */
export const LOCKED_LABEL = 'Locked';
export const LOCKED_WHY = 'locked by your trainer';

/** Whether a class lock keeps the nation's drawdowns above its readiness floors (its slider stops there; trainer play-test: it reached below, refused only after Send). */
export function floorLocked(s: SessionState, nationId: string = s.acting): boolean {
  return bound(s, 'drawdown', nationId, true);
}
