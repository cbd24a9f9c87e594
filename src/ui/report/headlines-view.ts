/**
 * What the student sees first after End month: three to five headlines in
 * plain words, each with its largest cause and a Why?, where the front moved
 * (marked on the map too), and the full report and charts one click away.
 */
import { html } from 'lit-html';
import { movedSectors } from '../../share/front-moves';
import { monthLabel, type TurnReport } from '../../sim';
import { fmt, say, sayHeadline, sourceView } from '../common/format';
import type { SessionState } from '../store';
import { findEntry } from './find-entry';
import { pickHeadlines, type Headline } from './headlines';
import { HEADLINES_TITLE, whyButtonId } from './report-slice';

/** Headlines are picked once per month, not on every redraw of the panel. */
const picked = new WeakMap<TurnReport, Headline[]>();

function headlinesOf(r: TurnReport, prev: TurnReport | undefined): Headline[] {
  let h = picked.get(r);
  if (!h) picked.set(r, (h = pickHeadlines(r, prev)));
  return h;
}

export function headlinesView(s: SessionState) {
  const g = s.game!.getState();
  const names = { content: g.content, game: g.game };
  const r = g.history.at(-1)!.report;
  const headlines = headlinesOf(r, g.history.at(-2)?.report);
  const moved = movedSectors(g.game.sectors).map((id) => g.game.sectors.find((x) => x.id === id)!);
  const sectorName = (id: string) => g.content.sectors.find((x) => x.id === id)?.name ?? id;
  return html`<section class="card headlines" aria-labelledby=${HEADLINES_TITLE} data-tutorial="report">
    <h3 id=${HEADLINES_TITLE} tabindex="-1">${monthLabel(r.month)}: what changed</h3>
    <ol class="headline-list">
      ${headlines.map((h) => {
        const text = sayHeadline(h.what, names);
        const cause = findEntry(g.history, h.causeId)?.entry;
        return html`<li data-testid="headline">
          <strong class="headline-what">${text}</strong>
          ${
            cause
              ? html`<span class="headline-cause" data-testid="headline-cause">Largest cause: ${say(cause.message, names)}</span>${
                    cause.source ? sourceView(cause.source) : ''
                  }`
              : ''
          }
          <button class="why-btn" id=${whyButtonId(h.entryId)} @click=${() => s.showWhy(h.entryId)} aria-label="Why: ${text}">Why?</button>
        </li>`;
      })}
    </ol>
    <p data-testid="front-moved">
      ${
        moved.length
          ? `Where the front moved (marked on the map): ${moved.map((x) => `${sectorName(x.id)} (${x.lastGainKm2 > 0 ? `Russia +${fmt(x.lastGainKm2)}` : `Ukraine +${fmt(-x.lastGainKm2)}`} km²)`).join(', ')}.`
          : 'The front line held everywhere: no sector moved.'
      }
    </p>
    <div class="actions">
      <button class="primary" data-testid="details" @click=${() => s.showDetails(true)}>Details</button>
      <button @click=${() => s.setTab('charts')}>Charts</button>
    </div>
  </section>`;
}
