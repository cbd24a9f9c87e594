/**
 * The "why" panel, opened under its headline or report entry: the entry with its causes under it, followed
 * back (front → its factors → stock → delivery → line → budget), across
 * earlier months for events and elections. At each level the causes come
 * largest first with their shares, the small ones folded (rank-causes.ts).
 */
import { html } from 'lit-html';
import { monthLabel } from '../../sim';
import type { ResolvedMonth } from '../../store/game-store';
import { count, say, sourceView } from '../common/format';
import { shortCause, turnCauseText, turnFrontText } from '../../share/text/headline-text';
import { namesFor } from '../../share/text/messages';
import { turnLabel, turnWord } from '../common/turn-text';
import type { SessionState } from '../store';
import { findEntry } from './find-entry';
import { causesOverTurn, rankCauses, type RankedCause, type RankedCauses } from './rank-causes';

/** Deeper than this, a chain stops: five steps reach from a sector to the budget that paid for its shells. */
const MAX_DEPTH = 5;
/** The entry and its own causes are open; what explains those is one click further (play-test: a Why? of 470 words). */
const OPEN_DEPTH = 1;

interface Tree {
  s: SessionState;
  history: readonly ResolvedMonth[];
  /** entries already drawn, by month and id: a second mention points back instead of repeating the chain */
  seen: Set<string>;
}

const shareView = (c: RankedCause) => (c.sharePct === undefined ? '' : html`<span class="share">${c.sharePct ? `${c.sharePct} %` : '<1 %'}</span> `);

function node(t: Tree, cause: RankedCause, month: number, depth: number): unknown {
  const g = t.s.game!.getState();
  const names = { content: g.content, game: g.game };
  const found = findEntry(t.history, cause.id, month);
  if (!found) return '';
  const { entry: e } = found;
  const key = `${found.month}:${e.id}`;
  const again = t.seen.has(key);
  t.seen.add(key);
  const ranked = again || depth >= MAX_DEPTH ? null : rankCauses(e);
  return html`<li>
    ${shareView(cause)}<span>${say(e.message, names)}</span>${e.source ? html` ${sourceView(e.source)}` : ''}${
      again && e.causes.length ? html` <span class="hint">(explained above)</span>` : ''
    }
    ${
      ranked && depth >= OPEN_DEPTH && ranked.shown.length
        ? html`<details class="folded">
            <summary>why: ${count(ranked.shown.length + ranked.folded.length, 'cause')}</summary>
            ${causes(t, ranked, found.month, depth)}
          </details>`
        : ranked
          ? causes(t, ranked, found.month, depth)
          : ''
    }
  </li>`;
}

/** An entry's causes, the largest shown and the small ones folded. */
function causes(t: Tree, ranked: RankedCauses, month: number, depth: number) {
  return html`${
    ranked.shown.length
      ? html`<ul>
          ${ranked.shown.map((c) => node(t, c, month, depth + 1))}
        </ul>`
      : ''
  }
  ${
    ranked.folded.length
      ? html`<details class="folded">
          <summary>…and ${ranked.folded.length} ${ranked.foldedSharePct === null ? 'more' : `smaller causes, ${ranked.foldedSharePct || '<1'} %`}</summary>
          <ul>
            ${ranked.folded.map((c) => node(t, c, month, depth + 1))}
          </ul>
        </details>`
      : ''
  }`;
}

/** An entry's causes without the entry itself (it is the line the Why? opened under). */
function ownCauses(t: Tree, id: string, month: number) {
  const found = findEntry(t.history, id, month);
  if (!found) return '';
  t.seen.add(`${found.month}:${id}`);
  const ranked = rankCauses(found.entry);
  return html`${ranked.shown.map((c) => node(t, c, found.month, 1))}${
    ranked.folded.length
      ? html`<li>
          <details class="folded">
            <summary>…and ${ranked.folded.length} ${ranked.foldedSharePct === null ? 'more' : `smaller causes, ${ranked.foldedSharePct || '<1'} %`}</summary>
            <ul>
              ${ranked.folded.map((c) => node(t, c, found.month, 1))}
            </ul>
          </details>
        </li>`
      : ''
  }`;
}

/** A sector's causes summed over the months of a turn, as its headline ranks them; each told as it weighed most, its month's chain folded under it. */
function turnTree(t: Tree, id: string, span: { from: number; to: number; label: string }): unknown {
  const { from, to, label } = span;
  const g = t.s.game!.getState();
  const names = namesFor(g.content, g.game);
  const entries = t.history.slice(from, to + 1).map((h) => h.report.entries.find((x) => x.id === id));
  const { sums, byMonth } = causesOverTurn(entries);
  // A sector's entry is its loss of ground: the turn's gain is their sum, negated.
  const gain = entries.reduce((sum, e) => sum - (e?.delta ?? 0), 0);
  /** the month (history index) a cause weighed most in, the first of equals */
  const heaviest = (c: string) => from + byMonth.get(c)!.reduce((m, w, i, ws) => (Math.abs(w) > Math.abs(ws[m]!) ? i : m), 0);
  const ranked = rankCauses({ causes: [...sums.keys()], weights: [...sums.values()] });
  // The causes that moved the sector the way it went come first, largest first, as its headline names them; those that held it back follow.
  const way = Math.sign(gain);
  const shown = [...ranked.shown.filter((c) => Math.sign(c.weight ?? 0) === way), ...ranked.shown.filter((c) => Math.sign(c.weight ?? 0) !== way)];
  const sector = g.content.sectors.find((x) => `front:${x.id}` === id)?.name ?? id;
  const cause = (c: RankedCause) => {
    const at = { month: heaviest(c.id) };
    const e = findEntry(t.history, c.id, at.month)?.entry;
    if (!e) return '';
    const text = shortCause(e.message, names) ?? say(e.message, { content: g.content, game: g.game });
    return html`<li>
      ${shareView(c)}<span>${turnCauseText({ text, gainKm2: c.weight ?? 0, turn: turnWord(g.content) })}</span>${e.source ? html` ${sourceView(e.source)}` : ''}
      <details class="folded">
        <summary aria-label="${monthLabel(t.history[at.month]!.report.month)}, the month it weighed most">
          ${monthLabel(t.history[at.month]!.report.month)}
        </summary>
        <ul>
          ${node(t, { id: c.id }, at.month, 1)}
        </ul>
      </details>
    </li>`;
  };
  return html`<li>
    <span>${turnFrontText({ sector, turn: label, gainKm2: gain })}</span>
    <ul>
      ${shown.map(cause)}
    </ul>
    ${
      ranked.folded.length
        ? html`<details class="folded">
            <summary>…and ${ranked.folded.length} smaller causes, ${ranked.foldedSharePct || '<1'} %</summary>
            <ul>
              ${ranked.folded.map(cause)}
            </ul>
          </details>`
        : ''
    }
  </li>`;
}

/** The element id of the open Why? panel, which its button controls. */
export const WHY_PANEL = 'why-panel';

/** Under a report entry the entry's own sentence is just above, so the chain starts at its causes; under a headline it starts at the entry. */
export function whyView(s: SessionState, id: string, o: { underEntry?: boolean } = {}) {
  const history = s.game!.getState().history;
  const month = s.whyMonth !== null && s.whyMonth < history.length ? s.whyMonth : history.length - 1;
  const tree: Tree = { s, history, seen: new Set() };
  // A front's headline over several months ranks the causes summed over them: so does its Why? (play-test: a headline's 63 % against its Why?'s 32 %).
  const from = s.whyTurnFrom !== null && s.whyTurnFrom < history.length - 1 ? s.whyTurnFrom : null;
  const label = from !== null ? turnLabel(history.slice(from).map((h) => h.report)) : '';
  const when =
    from !== null ? `${label}, the whole ${turnWord(s.game!.getState().content)}. ` : history.length ? `${monthLabel(history[month]!.report.month)}. ` : '';
  return html`<section class="why" id=${WHY_PANEL} aria-labelledby="why-title">
    <h4 id="why-title">Why?</h4>
    <p class="hint">${when}The largest cause first, with its share${from !== null ? '; under each, the month it weighed most' : ''}.</p>
    <ul class="tree">
      ${from !== null ? turnTree(tree, id, { from, to: history.length - 1, label }) : o.underEntry ? ownCauses(tree, id, month) : node(tree, { id }, month, 0)}
    </ul>
  </section>`;
}
