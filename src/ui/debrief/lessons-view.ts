/**
 * What the game teaches, on the debrief's first two screens: what went well,
 * what went wrong with its cause chain, and what would have helped, each a
 * change the game really played again with its score.
 */
import { html } from 'lit-html';
import { namesFor } from '../../share/text/messages';
import { helpedText, wellText, wrongText, wrongTitle, type DebriefWords } from '../../share/text/debrief';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';

function wordsOf(s: SessionState): DebriefWords {
  const g = s.game!.getState();
  return { names: namesFor(g.content, g.game), content: g.content, humanNations: g.humanNations, turn: turnWord(g.content) };
}

function wellView(s: SessionState, w: DebriefWords) {
  const well = s.lessons?.well;
  return html`<section class="card lesson well" aria-labelledby="well-title" data-testid="went-well">
    <h2 id="well-title">What went well</h2>
    ${
      !well
        ? html`<p class="hint">Reading the game’s reports…</p>`
        : well.length
          ? html`<ul>
              ${well.map((l) => html`<li>${wellText(l, w)}</li>`)}
            </ul>`
          : html`<p>Little: no objective earned in full, and no contract or drawdown of yours reached Ukraine.</p>`
    }
  </section>`;
}

function wrongView(s: SessionState, w: DebriefWords) {
  const wrong = s.lessons?.wrong;
  return html`<section class="card lesson wrong" aria-labelledby="wrong-title" data-testid="went-wrong">
    <h2 id="wrong-title">What went wrong</h2>
    ${
      !wrong
        ? html`<p class="hint">Reading the game’s reports…</p>`
        : wrong.length
          ? html`<ul>
              ${wrong.map((l) => html`<li><strong>${wrongTitle(l)}.</strong> ${wrongText(l, w)}</li>`)}
            </ul>`
          : html`<p>Nothing: every objective earned its points in full.</p>`
    }
  </section>`;
}

function helpedView(s: SessionState, w: DebriefWords) {
  const h = s.helped;
  const working = !h || h.status === 'working';
  return html`<section class="card lesson helped" aria-labelledby="helped-title" data-testid="would-have-helped" aria-busy=${working ? 'true' : 'false'}>
    <h2 id="helped-title">What would have helped</h2>
    <div aria-live="polite">
      ${
        s.studyProblem
          ? html`<p class="error">The game could not be played again: ${s.studyProblem}.</p>`
          : working
            ? html`<p>Working out what would have helped…${h ? ` (${h.tried} of ${h.total} changed games played)` : ''}</p>`
            : h.best.length
              ? html`<ul>
                  ${h.best.map((cf) => html`<li data-testid="counterfactual">${helpedText(cf, h.base, w)}</li>`)}
                </ul>`
              : html`<p>None of the ${h.total} changes the game tried would have raised your score.</p>`
      }
    </div>
    <p class="hint">Each is this war played again to the end, same seed and your orders, with that one ${w.turn} changed.</p>
  </section>`;
}

export function lessonsView(s: SessionState) {
  const w = wordsOf(s);
  return html`<div class="lessons">${wellView(s, w)} ${wrongView(s, w)} ${helpedView(s, w)}</div>`;
}
