/**
 * The month's pending orders across every nation played here, grouped by
 * nation (in the alphabetical order of the names a player reads) in plain
 * words, each marked when a standing order gave it.
 */
import { namesFor } from '../../share/text/messages';
import { pendingText } from '../../share/text/orders';
import type { GameStoreState } from '../../store/game-store';

export interface NationOrders {
  nationId: string;
  nation: string;
  lines: { text: string; standing: boolean }[];
}

export function monthOrders(g: Pick<GameStoreState, 'content' | 'preview' | 'standingIssued'>): NationOrders[] {
  const names = namesFor(g.content, g.preview.state);
  // A standing order's orders are the very objects it gave, so the store's pending list still holds them.
  const fromStanding = new Set(g.standingIssued.flatMap((i) => i.results.map((r) => r.order)));
  const groups = new Map<string, NationOrders>();
  for (const r of g.preview.results) {
    const id = r.order.actor;
    const group = groups.get(id) ?? { nationId: id, nation: names.nation(id), lines: [] };
    group.lines.push({ text: pendingText(r, names), standing: fromStanding.has(r.order) });
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => (a.nation < b.nation ? -1 : a.nation > b.nation ? 1 : 0));
}
