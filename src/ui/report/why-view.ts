/**
 * The "why" view: an entry of the report with its causes under it, followed
 * back (front → its factors → stock → delivery → line → budget), across
 * earlier months for events and elections. At each level the causes come
 * largest first with their shares, the small ones folded (rank-causes.ts).
 */
import { html } from 'lit-html';
import { monthLabel } from '../../sim';
import type { ResolvedMonth } from '../../store/game-store';
import { count, say, sourceView } from '../common/format';
import type { SessionState } from '../store';
import { findEntry } from './find-entry';
import { rankCauses, type RankedCause, type RankedCauses } from './rank-causes';

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

export function whyView(s: SessionState, id: string) {
  const history = s.game!.getState().history;
  const month = s.whyMonth !== null && s.whyMonth < history.length ? s.whyMonth : history.length - 1;
  const tree: Tree = { s, history, seen: new Set() };
  return html`<section class="card why" aria-labelledby="why-title">
    <h3 id="why-title" tabindex="-1">Why?</h3>
    <p class="hint">${history.length ? `${monthLabel(history[month]!.report.month)}. ` : ''}The largest cause first, with its share.</p>
    <ul class="tree">
      ${node(tree, { id }, month, 0)}
    </ul>
    <button @click=${() => s.showWhy(null)}>${s.reportDetails ? 'Back to the report' : 'Back to the headlines'}</button>
  </section>`;
}
