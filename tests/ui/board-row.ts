/** A team's row of the live board as the desk reads it, for the desk's tests: a US team mid-game unless told otherwise. */
import type { BoardRow } from '../../src/ui/live/live-connection';

export function boardRow(name: string, fields: Partial<BoardRow> = {}): BoardRow {
  return {
    id: name,
    name,
    role: 'US',
    online: 1,
    lastSeen: 0,
    turnSince: 0,
    desync: '',
    month: 'Mar 2023',
    turn: 0,
    score: 70,
    groundKm2: 0,
    fireRatioBp: 30_000,
    shells: 0,
    finished: false,
    deadlineTurn: -1,
    ...fields,
  };
}
