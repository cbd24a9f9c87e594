/**
 * What the game teaches, on the debrief's first two screens: what went well,
 * what went wrong with its cause chain, and what would have helped, each a
 * change the game really played again with its score.
 */
import { html } from 'lit-html';
import { namesFor } from '../../share/text/messages';
import { helpedText, nearestText, wellText, wrongText, wrongTitle, type DebriefWords } from '../../share/text/debrief';
import { turnWord } from '../common/turn-text';
import type { SessionState } from '../store';

function wordsOf(s: SessionState): DebriefWords {
  const g = s.game!.getState();
  return { names: namesFor(g.content, g.game), content: g.content, humanNations: g.humanNations, turn: turnWord(g.content) };
}

/** A lesson list: "reading…" until the lessons are worked out, then its items or what an empty list means. */
function lessonList<T>(opts: { id: string; title: string; testId: string; items: readonly T[] | undefined; item: (x: T) => unknown; empty: string }) {
  const { items } = opts;
  return html`<section class="card lesson ${opts.id}" aria-labelledby="${opts.id}-title" data-testid=${opts.testId}>
    <h2 id="${opts.id}-title">${opts.title}</h2>
    ${
      !items
        ? html`<p class="hint">Reading the game’s reports…</p>`
        : items.length
          ? html`<ul>
              ${items.map((x) => html`<li>${opts.item(x)}</li>`)}
            </ul>`
          : html`<p>${opts.empty}</p>`
    }
  </section>`;
}

function wellView(s: SessionState, w: DebriefWords) {
  return lessonList({
    id: 'well',
    title: 'What went well',
    testId: 'went-well',
    items: s.lessons?.well,
    item: (l) => wellText(l, w),
    empty: 'Little: no objective earned in full, and no contract or drawdown of yours reached Ukraine.',
  });
}

function wrongView(s: SessionState, w: DebriefWords) {
  return lessonList({
    id: 'wrong',
    title: 'What went wrong',
    testId: 'went-wrong',
    items: s.lessons?.wrong,
    item: (l) => html`<strong>${wrongTitle(l)}.</strong> ${wrongText(l, w)}`,
    empty: 'Nothing: every objective earned its points in full.',
  });
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
              : html`<p>None of the ${h.total} changes the game tried would have raised your score.</p>
                  ${h.nearest ? html`<p data-testid="nearest-counterfactual">${nearestText(h.nearest, h.base, w)}</p>` : ''}`
      }
    </div>
    <p class="hint">Each is this war played again to the end, same seed and your orders, with that one ${w.turn} changed.</p>
  </section>`;
}

/**
 * The scenario's learning goals (or the class's own), back at the end of the game they were set for, to talk through
 * with the lessons above (student play-test: the debrief never came back to what the lesson set out to teach).
 */
function goalsView(s: SessionState) {
  const goals = s.scenario!.learningGoals;
  return html`<section class="card lesson goals" aria-labelledby="goals-title" data-testid="learning-goals">
    <h2 id="goals-title">What this game set out to teach</h2>
    <ul>
      ${goals.map((g) => html`<li>${g}</li>`)}
    </ul>
    <p class="hint">Can you now? Answer each with a moment of your own war: a lesson above, a turning point or a month of the charts below.</p>
  </section>`;
}

export function lessonsView(s: SessionState) {
  const w = wordsOf(s);
  return html`<div class="lessons">${wellView(s, w)} ${wrongView(s, w)} ${helpedView(s, w)}</div>
    ${goalsView(s)}`;
}
