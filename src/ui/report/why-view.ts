/**
 * The "why" view: an entry of the report with its causes under it, followed
 * back (front → stock → delivery → line → budget), across earlier months for
 * events.
 */
import { html } from 'lit-html';
import type { ReportEntry } from '../../sim';
import { say, sourceView } from '../common/format';
import type { SessionState } from '../store';

function findEntry(s: SessionState, id: string): ReportEntry | undefined {
  const g = s.game!.getState();
  for (let i = g.history.length - 1; i >= 0; i--) {
    const e = g.history[i]!.report.entries.find((x) => x.id === id);
    if (e) return e;
  }
  return undefined;
}

function whyTree(s: SessionState, id: string, depth: number, seen: Set<string>): unknown {
  const names = { content: s.game!.getState().content, game: s.game!.getState().game };
  const e = findEntry(s, id);
  if (!e || seen.has(id) || depth > 5) return '';
  seen.add(id);
  const causes = e.causes.slice(0, 8);
  return html`<li>
    <span>${say(e.message, names)}</span>${e.source ? html` ${sourceView(e.source)}` : ''}
    ${
      causes.length
        ? html`<ul>
            ${causes.map((c) => whyTree(s, c, depth + 1, seen))}
          </ul>`
        : ''
    }${e.causes.length > causes.length ? html`<p class="hint">…and ${e.causes.length - causes.length} more</p>` : ''}
  </li>`;
}

export function whyView(s: SessionState, id: string) {
  return html`<section class="card why" aria-labelledby="why-title">
    <h3 id="why-title" tabindex="-1">Why?</h3>
    <p class="hint">Each line is explained by the lines indented under it.</p>
    <ul class="tree">
      ${whyTree(s, id, 0, new Set())}
    </ul>
    <button @click=${() => s.showWhy(null)}>Back to the report</button>
  </section>`;
}
